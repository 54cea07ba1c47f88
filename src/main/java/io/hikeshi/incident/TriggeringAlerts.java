package io.hikeshi.incident;

import java.util.List;

/** The alerts that triggered an incident or joined it, for its card and record; the alerts feature implements it. */
public interface TriggeringAlerts {

    /** Firing first, then by start. */
    List<IncidentCard.TriggeringAlert> of(long incidentId);
}
