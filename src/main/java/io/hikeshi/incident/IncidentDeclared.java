package io.hikeshi.incident;

import java.util.List;

/**
 * Fired inside the transaction that records a declaration, so that observers (the roles feature makes the declarer
 * commander) change state in it: it happens if and only if the declaration is committed.
 *
 * @param services     the services named in the declaration, for the labels feature to record
 * @param declaredFrom the message it was declared from, for the transcript to copy its thread; null when none
 */
public record IncidentDeclared(long incidentId, String declaredBy, List<String> services, DeclaredFrom declaredFrom) {

    public IncidentDeclared(long incidentId, String declaredBy, List<String> services) {
        this(incidentId, declaredBy, services, null);
    }
}
