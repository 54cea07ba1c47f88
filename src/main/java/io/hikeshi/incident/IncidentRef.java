package io.hikeshi.incident;

/**
 * Which incident, and where it lives in chat: what other features need to refer to an incident, read in one query.
 *
 * @param reference what people call it, e.g. {@code INC-12} or {@code DRILL-3}
 * @param channelId the incident's own channel; null until it is opened
 * @param privateIncident a private incident: only its members (and the incident admins) may see it
 */
public record IncidentRef(long number, String reference, String title, String description, String severity,
                          IncidentStatus status, boolean drill, String channelId, boolean privateIncident) {

    static IncidentRef of(Incident incident) {
        return new IncidentRef(incident.id, incident.reference(), incident.title, incident.description,
                incident.severity, incident.status, incident.drill, incident.channelId, incident.privateIncident);
    }
}
