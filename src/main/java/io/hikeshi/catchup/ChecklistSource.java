package io.hikeshi.catchup;

import java.util.List;

/**
 * Checklist items not ticked yet, for the brief a new commander receives. Every CDI bean implementing it
 * contributes: {@link RoleChecklist} gives the commander's role checklist; the runbook feature adds the unticked
 * items of the runbook checklists posted in the incident.
 */
public interface ChecklistSource {

    /** Items still to do for this incident, as short plain-text lines, in the order they should be done. */
    List<String> unticked(long incidentId, String role);
}
