package io.hikeshi.postmortem;

import java.util.List;

/** Where postmortems get checklist progress from; the runbook feature implements it. */
public interface ChecklistProgressSource {

    /** Progress of every checklist used in the incident, in the order they were posted. */
    List<ChecklistProgress> progressOf(long incidentId);
}
