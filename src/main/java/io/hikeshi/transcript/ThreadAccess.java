package io.hikeshi.transcript;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ReplyAddresses;
import io.hikeshi.chat.ThreadReplies;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * When someone starts declaring an incident from a message, checks after the answer that hikeshi can read its
 * channel, and if not tells them privately how to add it, while the form is still open: then the thread can still be
 * copied and replied to when they submit.
 */
@ApplicationScoped
public class ThreadAccess implements OutboxTask<ThreadAccess.Check> {

    static final OutboxKind<Check> KIND = OutboxKind.of(OutboxKinds.CHECK_THREAD_ACCESS, Check.class);

    /** The thread to read, and where to answer the person (a short-lived reply address). */
    record Check(String channel, String thread, String address) {
    }

    private final ChatGateway chat;
    private final ReplyAddresses replies;
    private final Outbox outbox;

    ThreadAccess(ChatGateway chat, ReplyAddresses replies, Outbox outbox) {
        this.chat = chat;
        this.replies = replies;
        this.outbox = outbox;
    }

    /** Queues the check; returns at once. */
    public void check(String channelId, String threadId, String replyAddress) {
        QuarkusTransaction.joiningExisting().run(() -> outbox.enqueue(KIND, null,
                new Check(channelId, threadId, replyAddress)));
    }

    @Override
    public OutboxKind<ThreadAccess.Check> kind() {
        return KIND;
    }

    @Override
    public Completion perform(ThreadAccess.Check check, OutboxMessage message) throws ChatException {
        try {
            chat.history(check.channel(), check.thread(), null);
        } catch (ChatException e) {
            if (!ThreadReplies.notInChannel(e)) {
                throw e;
            }
            replies.tell(check.address(), ThreadReplies.howToAdd(check.channel(),
                    "copy this thread into the incident or reply in it when you submit the form"));
        }
        return Completion.NOTHING;
    }
}
