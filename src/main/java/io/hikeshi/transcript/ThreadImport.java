package io.hikeshi.transcript;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatHistory;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ThreadReplies;
import io.hikeshi.incident.DeclaredFrom;
import io.hikeshi.incident.DeclaredFromMessages;
import io.hikeshi.incident.IncidentDeclared;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the thread an incident was declared from into its transcript and timeline, each message with its link, so
 * catch-ups and the postmortem see how it started; then replies in that thread with where the incident is. Queued
 * with the declaration, so it happens once per incident however often the form was submitted; the copy and what
 * follows it are written in the transaction that completes the entry, so a retry never copies twice.
 */
@ApplicationScoped
class ThreadImport implements OutboxTask<ThreadImport.Source> {

    static final OutboxKind<Source> KIND = OutboxKind.of(OutboxKinds.IMPORT_THREAD, Source.class);
    static final String LANE = "thread-import";

    /** The message an incident was declared from, and who declared it. */
    record Source(String channel, String thread, String message, String permalink, String declaredBy) {
    }

    private final ThreadReplies replies;
    private final TranscriptWriter writer;
    private final Timeline timeline;
    private final DeclaredFromMessages declaredFrom;
    private final IncidentEffects effects;
    private final Outbox outbox;

    ThreadImport(ThreadReplies replies, TranscriptWriter writer, Timeline timeline, DeclaredFromMessages declaredFrom,
                 IncidentEffects effects, Outbox outbox) {
        this.replies = replies;
        this.writer = writer;
        this.timeline = timeline;
        this.declaredFrom = declaredFrom;
        this.effects = effects;
        this.outbox = outbox;
    }

    /** In the declaration's transaction: the copy is queued if and only if the incident is recorded. */
    void onDeclared(@Observes IncidentDeclared declared) {
        DeclaredFrom from = declared.declaredFrom();
        if (from != null) {
            // A lane of its own: a long thread must not hold up the new channel, its card and its announcement.
            outbox.enqueueApart(LANE, KIND, declared.incidentId(), new Source(from.channelId(), from.threadId(),
                    from.messageId(), from.permalink(), declared.declaredBy()));
        }
    }

    @Override
    public OutboxKind<ThreadImport.Source> kind() {
        return KIND;
    }

    @Override
    public Completion perform(ThreadImport.Source source, OutboxMessage message) throws ChatException {
        long incidentId = message.incidentId();
        List<ChatHistory.Message> thread;
        try {
            thread = replies.read(source.channel(), source.thread());
        } catch (ChatException e) {
            if (!ThreadReplies.notInChannel(e)) {
                throw e;
            }
            return () -> notInChannel(incidentId, source);
        }
        boolean present = thread.stream().anyMatch(m -> m.id().equals(source.message()) && !m.deleted());
        return () -> {
            int copied = copy(incidentId, source, thread);
            if (present) {
                timeline.record(incidentId, Timeline.NOTE, null, ChatText.builder()
                        .words("Declared from a message in ").channel(source.channel()).words(": " + copied
                                + (copied == 1 ? " message" : " messages") + " of its thread copied to this timeline.")
                        .build());
                outbox.enqueue(ThreadReply.KIND, incidentId, new ThreadReply.Reply(source.channel(), source.thread()));
            } else {
                declaredFrom.markGone(incidentId);
                timeline.record(incidentId, Timeline.NOTE, null, ChatText.builder()
                        .words("Declared from a message in ").channel(source.channel())
                        .words(" that had been deleted by the time the incident was declared; the description keeps"
                                + " what it said. " + copied + (copied == 1 ? " message" : " messages")
                                + " of its thread copied to this timeline.").build());
            }
        };
    }

    /** Copying failed for good (e.g. a shortcut in a direct message hikeshi may not read): say so on the timeline. */
    @Override
    public Completion givingUp(ThreadImport.Source source, OutboxMessage message, String error) {
        // The error stays in the log: it is for operators, not for the timeline.
        return () -> timeline.record(message.incidentId(), Timeline.NOTE, null, ChatText.of("The thread this incident"
                + " was declared from could not be copied; its link is in the description."));
    }

    /**
     * Stores the thread's messages: people's, and the first one and the one declared from even when an app wrote them
     * (an alert often starts the thread).
     */
    private int copy(long incidentId, Source source, List<ChatHistory.Message> thread) {
        List<TranscriptEvent> events = new ArrayList<>();
        List<ChatHistory.Message> kept = new ArrayList<>();
        for (ChatHistory.Message m : thread) {
            boolean wanted = m.byPerson() || m.id().equals(source.message()) || m.id().equals(source.thread());
            if (m.deleted() || !wanted) {
                continue;
            }
            kept.add(m);
            events.add(m.editedId() == null
                    ? TranscriptEvent.posted(source.channel(), m.id(), m.threadId(), m.userId(), m.text())
                    : TranscriptEvent.edited(source.channel(), m.id(), m.threadId(), m.userId(), m.text(),
                            m.editedId()));
        }
        writer.importNow(incidentId, events);
        for (ChatHistory.Message m : kept) {
            String text = m.text() == null || m.text().isBlank() ? "(message without text)" : m.text();
            timeline.record(incidentId, Timeline.MESSAGE, m.userId(), ChatText.of(text), timeOf(m.id()),
                    MessageLinks.of(source.permalink(), source.channel(), m.id(), source.thread()));
        }
        return kept.size();
    }

    private void notInChannel(long incidentId, Source source) {
        timeline.record(incidentId, Timeline.NOTE, null, ChatText.builder()
                .words("The thread this incident was declared from, in ").channel(source.channel())
                .words(", was not copied: hikeshi is not a member of that channel.").build());
        effects.tellPrivately(incidentId, source.declaredBy(), ChatText.builder()
                .words("hikeshi could not copy the thread this incident was declared from, nor reply in it: it is not"
                        + " in ").channel(source.channel()).words(". To let it read a channel, type ")
                .code("/invite @hikeshi").words(" there.").build());
    }

    static Instant timeOf(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
