package io.hikeshi.incident;

/**
 * Fired in the transaction that records an incident's new channel, for features that fill the channel too (the
 * runbooks); observers enqueue outbox work, so they run if and only if the channel is recorded.
 */
public record IncidentChannelOpened(long incidentId) {
}
