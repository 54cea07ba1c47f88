package io.hikeshi.incident;

/** An incident became private ({@code nowPrivate}) or public; fired inside the transaction that changed it. */
public record IncidentPrivacyChanged(long incidentId, boolean nowPrivate) {
}
