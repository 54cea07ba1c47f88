package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.OnceOnly;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Adds a Slack message to its incident's timeline, once per message, and tells the person who asked. */
@ApplicationScoped
public class MessageCapture {

    /** A message someone wants on the timeline. {@code messageTs} is Slack's id and time of the message. */
    public record CapturedMessage(String channelId, String messageTs, String author, String text, String permalink,
                                  String capturedBy) {
    }

    private final Timeline timeline;
    private final RequestLedger ledger;
    private final Outbox outbox;

    MessageCapture(Timeline timeline, RequestLedger ledger, Outbox outbox) {
        this.timeline = timeline;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** Returns the incident reference, or empty when the channel is not an incident channel. */
    public Optional<String> capture(CapturedMessage message) {
        return OnceOnly.run(() -> record(message), () -> QuarkusTransaction.requiringNew().call(() -> {
            Incident incident = Incident.<Incident>find("channelId", message.channelId()).firstResult();
            tell(message, incident.id, "That message is already on the " + incident.reference() + " timeline.");
            return Optional.of(incident.reference());
        }));
    }

    private Optional<String> record(CapturedMessage message) {
        Optional<Incident> found = Incident.<Incident>find("channelId", message.channelId()).firstResultOptional();
        if (found.isEmpty()) {
            tell(message, null, "This is not an incident channel, so there is no timeline to add to here."
                    + " Use the shortcut in the incident's own channel.");
            return Optional.empty();
        }
        Incident incident = found.get();
        ledger.record("timeline-message:" + message.channelId() + ":" + message.messageTs(), incident.id);
        String text = message.text() == null || message.text().isBlank() ? "(message without text)" : message.text();
        timeline.record(incident.id, Timeline.MESSAGE, message.author(), ChatText.of(text), timeOf(message.messageTs()),
                message.permalink());
        tell(message, incident.id, "Added to the " + incident.reference() + " timeline.");
        return Optional.of(incident.reference());
    }

    private void tell(CapturedMessage message, Long incidentId, String text) {
        outbox.enqueue(IncidentTasks.EPHEMERAL, incidentId,
                IncidentTasks.Ephemeral.of(message.channelId(), message.capturedBy(), ChatText.of(text)));
    }

    static Instant timeOf(String slackTs) {
        BigDecimal seconds = new BigDecimal(slackTs);
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
