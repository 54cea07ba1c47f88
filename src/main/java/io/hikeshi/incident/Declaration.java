package io.hikeshi.incident;

/**
 * The outcome of a declaration.
 *
 * @param repeated        true when the request had already been handled and this is the incident it declared then
 * @param privateIncident a private incident, with a private channel
 */
public record Declaration(long number, String reference, String title, String severity, boolean drill,
                          String channelName, boolean repeated, boolean privateIncident) {

    static Declaration of(Incident incident, boolean repeated) {
        return new Declaration(incident.id, incident.reference(), incident.title, incident.severity, incident.drill,
                incident.channelName, repeated, incident.privateIncident);
    }
}
