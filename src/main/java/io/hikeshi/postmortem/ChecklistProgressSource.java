package io.hikeshi.postmortem;

import java.util.List;

/**
 * Where postmortems get checklist progress from. The runbook feature implements it; until then
 * {@link NoChecklists} reports none.
 */
public interface ChecklistProgressSource {

    /** Progress of every checklist used in the incident, in the order they were posted. */
    List<ChecklistProgress> progressOf(long incidentId);
}
