package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.persistence.OnceOnly;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A message in an incident channel got the timeline reaction (:pushpin:). The entry is recorded at once, so it is
 * never lost, and its text and link are read from Slack afterwards. Each message is recorded once, whether
 * reacted to again, retried by Slack, or also added with the shortcut.
 */
@ApplicationScoped
public class ReactionCapture implements OutboxTask<IncidentTasks.FetchMessage> {

    private final Timeline timeline;
    private final RequestLedger ledger;
    private final Outbox outbox;
    private final ChatGateway chat;

    ReactionCapture(Timeline timeline, RequestLedger ledger, Outbox outbox, ChatGateway chat) {
        this.timeline = timeline;
        this.ledger = ledger;
        this.outbox = outbox;
        this.chat = chat;
    }

    /** Returns whether an entry was added. */
    public boolean capture(String eventKey, String channelId, String messageTs, String author, String reactor) {
        return OnceOnly.run(() -> {
            Optional<Incident> incident = Incident.<Incident>find("channelId", channelId).firstResultOptional();
            if (incident.isEmpty()) {
                return false;
            }
            ledger.record(eventKey, incident.get().id);
            ledger.record("timeline-message:" + channelId + ":" + messageTs, incident.get().id);
            long entry = timeline.record(incident.get().id, Timeline.MESSAGE, author,
                    ChatText.builder().words("Message pinned by ").user(reactor).build(), MessageCapture.timeOf(messageTs),
                    null);
            outbox.enqueue(IncidentTasks.FETCH_MESSAGE, incident.get().id,
                    new IncidentTasks.FetchMessage(entry, channelId, messageTs));
            return true;
        }, () -> false);
    }

    @Override
    public OutboxKind<IncidentTasks.FetchMessage> kind() {
        return IncidentTasks.FETCH_MESSAGE;
    }

    @Override
    public Completion perform(IncidentTasks.FetchMessage payload, OutboxMessage message) throws ChatException {
        Optional<ChatGateway.ChatMessage> read = chat.fetchMessage(payload.channel(), payload.ts());
        long entry = payload.entry();
        return read.<Completion>map(m -> () -> timeline.complete(entry, m.text() == null || m.text().isBlank()
                        ? "(message without text)" : m.text(), m.permalink()))
                .orElse(() -> timeline.complete(entry, "(message deleted before it could be read)", null));
    }
}
