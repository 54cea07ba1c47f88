package io.hikeshi.transcript;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatHistory;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the transcript may have missed (while the app was down, or before the bot joined) from the channel's
 * history, one page per outbox entry: each page is stored with the entry that read it and queues the next one, so
 * progress survives restarts and a rate limit just delays the next page by Slack's Retry-After. Threads are read
 * only when their newest reply is newer than what is stored.
 */
@ApplicationScoped
public class TranscriptBackfill implements OutboxTask<TranscriptBackfill.Page> {

    static final OutboxKind<Page> KIND = OutboxKind.of(OutboxKinds.BACKFILL_TRANSCRIPT, Page.class);

    /** The page to read: of {@code channel}, or of its {@code thread} when set, from {@code cursor} when set. */
    record Page(String channel, String thread, String cursor) {
    }

    private final ChatGateway chat;
    private final Outbox outbox;
    private final TranscriptWriter writer;
    private final IncidentQueries incidents;
    private final EntityManager em;

    TranscriptBackfill(ChatGateway chat, Outbox outbox, TranscriptWriter writer, IncidentQueries incidents,
                       EntityManager em) {
        this.chat = chat;
        this.outbox = outbox;
        this.writer = writer;
        this.incidents = incidents;
        this.em = em;
    }

    /** Backfills an incident channel; nothing for other channels. */
    public void start(String channelId) {
        QuarkusTransaction.requiringNew().run(() -> incidents.byChannel(channelId)
                .ifPresent(incident -> enqueue(incident.number(), channelId, null, null)));
    }

    /**
     * Messages may have been missed while the app was down: backfills every open incident not being backfilled
     * already. The chat adapter calls it once at start, when it is connected.
     */
    public void startOpenIncidents() {
        QuarkusTransaction.requiringNew().run(() -> incidents.openWithChannel().stream()
                .filter(incident -> !outbox.hasPending(incident.number(), KIND))
                .forEach(incident -> enqueue(incident.number(), incident.channelId(), null, null)));
    }

    @Override
    public OutboxKind<TranscriptBackfill.Page> kind() {
        return KIND;
    }

    @Override
    public Completion perform(TranscriptBackfill.Page payload, OutboxMessage message) throws ChatException {
        String channel = payload.channel();
        String thread = payload.thread();
        ChatHistory page = chat.history(channel, thread, payload.cursor());
        return () -> {
            List<TranscriptEvent> events = new ArrayList<>();
            for (ChatHistory.Message m : page.messages()) {
                if (m.byPerson()) {
                    events.add(m.editedId() == null
                            ? TranscriptEvent.posted(channel, m.id(), m.threadId(), m.userId(), m.text())
                            : TranscriptEvent.edited(channel, m.id(), m.threadId(), m.userId(), m.text(), m.editedId()));
                }
            }
            writer.writeNow(events);
            page.nextCursor().ifPresent(next -> enqueue(message.incidentId(), channel, thread, next));
            if (thread == null) {
                page.messages().stream()
                        .filter(m -> m.latestReply() != null && isNewer(channel, m.id(), m.latestReply()))
                        .forEach(m -> enqueue(message.incidentId(), channel, m.id(), null));
            }
        };
    }

    private boolean isNewer(String channel, String threadId, String latestReply) {
        Object stored = em.createNativeQuery("select max(ts) from transcript_message where channel_id = ?1"
                + " and thread_ts = ?2 and ts <> ?2").setParameter(1, channel).setParameter(2, threadId)
                .getSingleResult();
        return stored == null || stored.toString().compareTo(latestReply) < 0;
    }

    private void enqueue(long incidentId, String channel, String thread, String cursor) {
        outbox.enqueue(KIND, incidentId, new Page(channel, thread, cursor));
    }
}
