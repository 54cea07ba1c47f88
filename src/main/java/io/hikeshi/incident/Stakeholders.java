package io.hikeshi.incident;

import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Tells the stakeholders of a severity level when an incident reaches that level or a worse one: once per incident
 * and level (a unique key, so also across replicas), never for drills.
 */
@ApplicationScoped
class Stakeholders {

    private final Severities severities;
    private final Outbox outbox;
    private final Rows rows;
    private final Clock clock;

    Stakeholders(Severities severities, Outbox outbox, Rows rows, Clock clock) {
        this.severities = severities;
        this.outbox = outbox;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void notifyIfDue(long incidentId, String severity, boolean drill) {
        if (drill) {
            return;
        }
        List<SeverityConfig.Level> levels = severities.all();
        for (int rank = severities.rank(severity); rank < levels.size(); rank++) {
            SeverityConfig.Level level = levels.get(rank);
            List<String> channels = level.notifyChannels().orElse(List.of());
            List<String> groups = level.notifyGroups().orElse(List.of());
            if ((channels.isEmpty() && groups.isEmpty()) || alreadyNotified(incidentId, level.name())) {
                continue;
            }
            rows.execute("insert into stakeholder_notice (incident_id, level, notified_at) values (?, ?, ?)",
                    incidentId, level.name(), clock.instant());
            channels.forEach(channel -> outbox.enqueue(IncidentTasks.NOTIFY, incidentId,
                    new IncidentTasks.Notify(level.name(), channel, null)));
            if (!groups.isEmpty()) {
                outbox.enqueue(IncidentTasks.NOTIFY, incidentId, new IncidentTasks.Notify(level.name(), null, groups));
            }
        }
    }

    private boolean alreadyNotified(long incidentId, String level) {
        return rows.findLong("select 1 from stakeholder_notice where incident_id = ? and level = ?", incidentId,
                level).isPresent();
    }
}
