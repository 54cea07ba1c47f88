package io.hikeshi.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see which incident. A public incident is seen by everyone who may see incidents at all; a private one only
 * by its members (the people in its private channel) and the incident admins. For everyone else a private incident
 * does not exist: every list, page, search and result that names incidents asks here first.
 */
@ApplicationScoped
public class IncidentAccess {

    private final PrivateConfig config;

    IncidentAccess(PrivateConfig config) {
        this.config = config;
    }

    /** The audience of a chat user: an incident admin, or someone who sees the private incidents they are in. */
    public Audience audience(String userId) {
        if (userId == null || userId.isBlank()) {
            return Audience.PUBLIC;
        }
        return new Audience(userId, config.admins().orElse(List.of()).stream().map(String::strip)
                .anyMatch(userId::equals));
    }

    /** Whether the incident exists for this audience; false also when there is no such incident. */
    @Transactional
    public boolean canSee(long number, Audience audience) {
        Incident incident = Incident.findById(number);
        return incident != null && (!incident.privateIncident || audience.admin()
                || (audience.mapped() && IncidentMembers.isMember(number, audience.userId())));
    }

    /** Whether the incident is private (false when there is no such incident); in the caller's transaction. */
    private static boolean isPrivate(long number) {
        Incident incident = Incident.findById(number);
        return incident != null && incident.privateIncident;
    }

    /** The incidents hidden from this audience, read once for filtering a list of many. */
    @Transactional
    public Visibility visibility(Audience audience) {
        if (audience.admin()) {
            return Visibility.EVERYTHING;
        }
        Set<Long> hidden = new HashSet<>(Incident.getEntityManager()
                .createQuery("select i.id from Incident i where i.privateIncident = true", Long.class)
                .getResultList());
        if (!hidden.isEmpty() && audience.mapped()) {
            hidden.removeAll(IncidentMembers.incidentsOf(audience.userId()));
        }
        return new Visibility(Set.copyOf(hidden));
    }

    /** Whether the LLM may read this incident: public ones always, private ones only when configured. */
    @Transactional
    public boolean llmAllowed(long number) {
        return config.llm() || !isPrivate(number);
    }

    /** Whether the LLM may read a channel: any channel but a private incident's, unless configured. */
    @Transactional
    public boolean llmAllowedInChannel(String channelId) {
        return config.llm() || Incident.<Incident>find("channelId = ?1 and privateIncident = true", channelId)
                .firstResultOptional().isEmpty();
    }

    /** The incidents one audience may not see. */
    public record Visibility(Set<Long> hidden) {

        /** Nothing hidden: for incident admins. */
        public static final Visibility EVERYTHING = new Visibility(Set.of());

        public boolean allows(long number) {
            return !hidden.contains(number);
        }
    }
}
