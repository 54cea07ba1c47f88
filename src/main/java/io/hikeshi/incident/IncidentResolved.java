package io.hikeshi.incident;

/**
 * Fired inside the transaction that resolves an incident, so that observers (the postmortem draft) can queue their
 * work in it: it happens if and only if the resolution is committed.
 */
public record IncidentResolved(long incidentId, String resolvedBy) {
}
