package io.hikeshi.incident;

import java.time.Instant;

/**
 * What is stored about the incident itself (not its roles, timeline or action items): who declared it, its times and
 * where it was announced; times are null until they happen.
 *
 * @param channelName  the incident channel's name, without {@code #}; null until it is opened
 * @param announcement where the declaration was announced; null when it was not (yet)
 */
public record IncidentRecord(IncidentRef incident, String declaredBy, Instant declaredAt, Instant startedAt,
                             Instant mitigatedAt, Instant resolvedAt, String channelName, Announcement announcement) {

    /** The announcement message, whose thread hears about the incident's progress. */
    public record Announcement(String channelId, String messageId) {
    }

    static IncidentRecord of(Incident incident) {
        return new IncidentRecord(IncidentRef.of(incident), incident.declaredBy, incident.declaredAt,
                incident.startedAt, incident.mitigatedAt, incident.resolvedAt, incident.channelName,
                incident.announcementTs == null ? null
                        : new Announcement(incident.announcementChannel, incident.announcementTs));
    }
}
