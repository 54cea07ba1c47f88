package io.hikeshi.incident;

import java.util.List;

/** The follow-ups of an incident not done yet, for its card; the actions feature implements it. */
public interface OpenActions {

    /** Oldest first. */
    List<IncidentCard.OpenAction> open(long incidentId);
}
