package io.hikeshi.incident;

/**
 * Fired inside the transaction that records a declaration, so that observers (the roles feature makes the declarer
 * commander) change state in it: it happens if and only if the declaration is committed.
 */
public record IncidentDeclared(long incidentId, String declaredBy) {
}
