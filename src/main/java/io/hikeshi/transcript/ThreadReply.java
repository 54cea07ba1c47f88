package io.hikeshi.transcript;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replies in the thread an incident was declared from with where the incident is handled. Queued in the incident's
 * lane after its channel was opened, and posted once per entry (a retry finds the first post).
 */
@ApplicationScoped
class ThreadReply implements OutboxTask<ThreadReply.Reply> {

    static final OutboxKind<Reply> KIND = OutboxKind.of(OutboxKinds.REPLY_IN_SOURCE_THREAD, Reply.class);

    /** The thread to reply in. */
    record Reply(String channel, String thread) {
    }

    private final ChatGateway chat;
    private final IncidentQueries incidents;

    ThreadReply(ChatGateway chat, IncidentQueries incidents) {
        this.chat = chat;
        this.incidents = incidents;
    }

    @Override
    public OutboxKind<ThreadReply.Reply> kind() {
        return KIND;
    }

    @Override
    public Completion perform(ThreadReply.Reply reply, OutboxMessage message) throws ChatException {
        IncidentRef incident = incidents.byNumber(message.incidentId()).orElseThrow();
        if (incident.privateIncident()) {
            // The source thread is a place the incident's members may not be alone in: say nothing there.
            return Completion.NOTHING;
        }
        chat.postMessage(reply.channel(), reply.thread(), text(incident), message.delivery());
        return Completion.NOTHING;
    }

    /** The title is written as words: whatever it says, it cannot mention, link or format. */
    static ChatText text(IncidentRef incident) {
        ChatText.Builder text = ChatText.builder().words(":rotating_light: ").strong(incident.reference())
                .words(" was declared from this thread: " + incident.title() + ". ");
        return (incident.channelId() == null ? text.words("Follow it with ").code("/incident list")
                : text.words("Follow it in ").channel(incident.channelId())).words(".").build();
    }
}
