package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.input.TextField;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Moves an incident through its statuses and posts status updates. Each change is one transaction: the incident,
 * an update row (history), a timeline entry, and the messages in the channel and the announcement thread.
 */
@ApplicationScoped
public class IncidentProgress {

    private static final DateTimeFormatter IMPACT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The change cannot be made; the message says why. */
    public static class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final Timeline timeline;
    private final IncidentEffects effects;
    private final IncidentMetrics metrics;
    private final Clock clock;
    private final Event<IncidentResolved> resolved;

    IncidentProgress(Timeline timeline, IncidentEffects effects, IncidentMetrics metrics, Clock clock,
                     Event<IncidentResolved> resolved) {
        this.timeline = timeline;
        this.effects = effects;
        this.metrics = metrics;
        this.clock = clock;
        this.resolved = resolved;
    }

    public void changeStatus(long number, IncidentStatus status, String message, String by) throws RefusedException {
        refuseUnfit(TextField.STATUS_MESSAGE, message);
        if (status == IncidentStatus.RESOLVED) {
            resolve(number, message, by);
            return;
        }
        run(() -> {
            Incident incident = Incident.findById(number);
            if (incident.status == IncidentStatus.RESOLVED) {
                throw new RefusedException(incident.reference() + " is resolved; reopen it first.");
            }
            if (incident.status == status && message == null) {
                throw new RefusedException(incident.reference() + " is already " + status.label() + ".");
            }
            incident.status = status;
            if (status == IncidentStatus.MONITORING && incident.mitigatedAt == null) {
                incident.mitigatedAt = clock.instant();
            }
            publish(incident, IncidentUpdate.Kind.STATUS, by, message, headed("Status: " + status.label(), message));
        });
    }

    public void postUpdate(long number, String text, String by) throws RefusedException {
        refuseUnfit(TextField.UPDATE, text);
        run(() -> publish(Incident.findById(number), IncidentUpdate.Kind.UPDATE, by, text, headed("Update", text)));
    }

    public void resolve(long number, String summary, String by) throws RefusedException {
        refuseUnfit(TextField.RESOLVE_SUMMARY, summary);
        run(() -> {
            Incident incident = Incident.findById(number);
            if (incident.status == IncidentStatus.RESOLVED) {
                throw new RefusedException(incident.reference() + " is already resolved. `reopen` it if it is back.");
            }
            Instant now = clock.instant();
            incident.status = IncidentStatus.RESOLVED;
            incident.resolvedAt = now;
            if (incident.mitigatedAt == null) {
                incident.mitigatedAt = now;
            }
            Durations durations = Durations.of(incident);
            publish(incident, IncidentUpdate.Kind.RESOLVE, by, summary, ChatText.builder().strong("Resolved")
                    .words(" after " + Durations.format(durations.toResolve())).add(headed("", summary)).build());
            metrics.resolved(incident, durations);
            resolved.fire(new IncidentResolved(incident.id, by));
        });
    }

    public void reopen(long number, String by) throws RefusedException {
        run(() -> {
            Incident incident = Incident.findById(number);
            if (incident.status != IncidentStatus.RESOLVED) {
                throw new RefusedException(incident.reference() + " is not resolved; it is "
                        + incident.status.label() + ".");
            }
            incident.status = IncidentStatus.INVESTIGATING;
            incident.resolvedAt = null;
            publish(incident, IncidentUpdate.Kind.REOPEN, by, null, headed("Reopened", "back to investigating"));
        });
    }

    /** Records when the impact began, for time to detect. */
    public void impactStarted(long number, Instant startedAt, String by) throws RefusedException {
        run(() -> {
            Incident incident = Incident.findById(number);
            if (startedAt.isAfter(clock.instant())) {
                throw new RefusedException("That time is in the future; give the time the impact began.");
            }
            incident.startedAt = startedAt;
            timeline.record(incident.id, Timeline.STATUS, by, ChatText.of("Impact began at "
                    + IMPACT_TIME.format(startedAt)), startedAt, null);
            effects.refreshCard(incident.id);
        });
    }

    /** The bot's headline in bold (if any), then what the person wrote, as words. */
    private static ChatText headed(String headline, String words) {
        return ChatText.builder().strong(headline).words(words == null ? null : " — " + words).build();
    }

    private void publish(Incident incident, IncidentUpdate.Kind kind, String by, String text, ChatText message) {
        IncidentUpdate update = new IncidentUpdate();
        update.incidentId = incident.id;
        update.postedAt = clock.instant();
        update.author = by;
        update.kind = kind;
        update.status = incident.status;
        update.text = text;
        update.persist();
        timeline.record(incident.id, kind == IncidentUpdate.Kind.UPDATE ? Timeline.UPDATE : Timeline.STATUS, by,
                message.plain());
        ChatText signed = ChatText.builder().add(message).words(" (").user(by).words(")").build();
        effects.say(incident.id, signed);
        effects.sayInAnnouncementThread(incident.id, ChatText.of(incident.reference() + " · ").then(signed));
        effects.refreshCard(incident.id);
    }

    private static void refuseUnfit(TextField field, String text) throws RefusedException {
        Optional<String> problem = field.problemWith(text);
        if (problem.isPresent()) {
            throw new RefusedException(problem.get());
        }
    }

    /**
     * Work that may refuse; runs in the caller's transaction (the Slack request's, which records its key) or its own,
     * rolled back when refused.
     */
    @FunctionalInterface
    private interface Change {
        void apply() throws RefusedException;
    }

    private void run(Change change) throws RefusedException {
        try {
            QuarkusTransaction.joiningExisting().run(() -> {
                try {
                    change.apply();
                } catch (RefusedException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal refusal) {
            throw refusal.reason;
        }
    }

    /** Carries a refusal out of the transaction, which rolls back on it. */
    private static final class Refusal extends RuntimeException {
        private final RefusedException reason;

        Refusal(RefusedException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
