package io.hikeshi.labels;

/** Fired inside the transaction that changed an incident's labels, for whatever indexes or counts them. */
public record LabelsChanged(long incidentId) {
}
