package io.hikeshi.incident;

import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Tells the stakeholders of a severity level when an incident reaches that level or a worse one: once per incident
 * and level (a unique key, so also across replicas), never for drills.
 */
@ApplicationScoped
class Stakeholders {

    private final Severities severities;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    Stakeholders(Severities severities, Outbox outbox, EntityManager em, Clock clock) {
        this.severities = severities;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void notifyIfDue(Incident incident) {
        if (incident.drill) {
            return;
        }
        List<SeverityConfig.Level> levels = severities.all();
        for (int rank = severities.rank(incident.severity); rank < levels.size(); rank++) {
            SeverityConfig.Level level = levels.get(rank);
            List<String> channels = level.notifyChannels().orElse(List.of());
            List<String> groups = level.notifyGroups().orElse(List.of());
            if ((channels.isEmpty() && groups.isEmpty()) || alreadyNotified(incident.id, level.name())) {
                continue;
            }
            em.createNativeQuery("insert into stakeholder_notice (incident_id, level, notified_at) values (?1, ?2, ?3)")
                    .setParameter(1, incident.id).setParameter(2, level.name()).setParameter(3, clock.instant())
                    .executeUpdate();
            channels.forEach(channel -> outbox.enqueue(IncidentTasks.NOTIFY, incident.id,
                    Map.of("channel", channel, "level", level.name())));
            if (!groups.isEmpty()) {
                outbox.enqueue(IncidentTasks.NOTIFY, incident.id,
                        Map.of("groups", String.join(",", groups), "level", level.name()));
            }
        }
    }

    private boolean alreadyNotified(long incidentId, String level) {
        return ((Number) em.createNativeQuery("select count(*) from stakeholder_notice where incident_id = ?1"
                + " and level = ?2").setParameter(1, incidentId).setParameter(2, level).getSingleResult()).longValue() > 0;
    }
}
