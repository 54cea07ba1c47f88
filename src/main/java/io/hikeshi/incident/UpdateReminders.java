package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.persistence.OnceOnly;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reminds the commander in the channel when no update has been posted for the update cadence of the incident's
 * severity: once per overdue period, never for resolved incidents, and once across replicas (a unique key per
 * incident and period).
 */
@ApplicationScoped
public class UpdateReminders {

    private static final Logger LOG = Logger.getLogger(UpdateReminders.class);

    private final Severities severities;
    private final IncidentEffects effects;
    private final RoleHolders roles;
    private final EntityManager em;
    private final Clock clock;
    private volatile boolean stopping;

    UpdateReminders(Severities severities, IncidentEffects effects, RoleHolders roles, EntityManager em, Clock clock) {
        this.roles = roles;
        this.severities = severities;
        this.effects = effects;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${hikeshi.reminders.check-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            // A check that overlaps shutdown finds the persistence unit closed: nothing is lost, the next start
            // checks again.
            if (!stopping) {
                LOG.warnf("Could not check for overdue updates: %s", LoggedFailure.describe(e));
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Sends the reminders that are due now; returns how many this call sent. */
    public int check() {
        Instant now = clock.instant();
        List<Long> open = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select id from Incident where status <> ?1 and channelId is not null", Long.class)
                .setParameter(1, IncidentStatus.RESOLVED).getResultList());
        int sent = 0;
        for (Long id : open) {
            if (remindIfDue(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remindIfDue(long incidentId, Instant now) {
        return OnceOnly.run(() -> {
            Incident incident = Incident.findById(incidentId);
            Optional<Duration> cadence = severities.find(incident.severity)
                    .flatMap(SeverityConfig.Level::updateEvery);
            if (cadence.isEmpty() || incident.status == IncidentStatus.RESOLVED) {
                return false;
            }
            IncidentUpdate latest = IncidentUpdate.latest(incidentId);
            Instant since = latest == null ? incident.declaredAt : latest.postedAt;
            long periods = Duration.between(since, now).toMillis() / cadence.get().toMillis();
            if (periods < 1) {
                return false;
            }
            Instant dueAt = since.plus(cadence.get().multipliedBy(periods));
            // Each check until the next period, on every replica, finds this period reminded already: it inserts
            // nothing, rather than failing an insert that the database and Hibernate would log every time.
            int recorded = em.createNativeQuery("insert into update_reminder (incident_id, due_at, reminded_at)"
                    + " values (?1, ?2, ?3) on conflict do nothing").setParameter(1, incidentId)
                    .setParameter(2, dueAt).setParameter(3, now).executeUpdate();
            if (recorded == 0) {
                return false;
            }
            ChatText.Builder text = ChatText.builder().words(":alarm_clock: ");
            roles.holder(incidentId, RoleHolders.COMMANDER).ifPresentOrElse(text::user,
                    () -> text.words("Commander (nobody yet: ").command("commander me").words(")"));
            effects.say(incidentId, text.words(", there has been no update for "
                    + Durations.format(Duration.between(since, now)) + "; " + incident.severity
                    + " incidents get one every " + Durations.format(cadence.get()) + ". Post one with ")
                    .command("update <what changed, what's next>").words(".").build());
            return true;
        }, () -> false);
    }
}
