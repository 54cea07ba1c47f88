package io.hikeshi.catchup;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatHistory;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ReplyAddresses;
import io.hikeshi.chat.ThreadReplies;
import io.hikeshi.chat.UserNames;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.llm.LlmException;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.jboss.logging.Logger;

/**
 * Makes and sends a thread catch-up: tells the person it is on its way, reads the whole thread, drafts it by
 * map-reduce within the model's budget (or, without a model or when it fails, the labelled automatic catch-up) and
 * sends it as a direct message. A DM rather than an ephemeral answer: a message shortcut may come from a channel the
 * person cannot be shown ephemerals in by the bot, its response URL lasts 30 minutes and five uses, and an ephemeral
 * is gone on reload, while a long thread's catch-up is worth keeping.
 */
@ApplicationScoped
class ThreadCatchUpTask implements OutboxTask<ThreadCatchUpTask.Ask> {

    private static final Logger LOG = Logger.getLogger(ThreadCatchUpTask.class);
    static final OutboxKind<Ask> KIND = OutboxKind.of(OutboxKinds.MAKE_THREAD_CATCH_UP, Ask.class);

    /** A request as an outbox payload, with the id of its recorded use. */
    record Ask(long use, String channel, String channelName, String thread, String user, String address) {

        static Ask of(long use, ThreadCatchUps.Request request) {
            return new Ask(use, request.channelId(), request.channelName(), request.threadId(), request.userId(),
                    request.replyAddress());
        }
    }

    private final ThreadReplies replies;
    private final ReplyAddresses answers;
    private final ChatGateway chat;
    private final CatchUpChat catchUps;
    private final MapReduceDrafter drafter;
    private final ThreadCatchUps uses;
    private final Clock clock;
    private final IncidentAccess access;

    ThreadCatchUpTask(ThreadReplies replies, ReplyAddresses answers, ChatGateway chat, CatchUpChat catchUps,
                      MapReduceDrafter drafter, ThreadCatchUps uses, Clock clock, IncidentAccess access) {
        this.access = access;
        this.replies = replies;
        this.answers = answers;
        this.chat = chat;
        this.catchUps = catchUps;
        this.drafter = drafter;
        this.uses = uses;
        this.clock = clock;
    }

    @Override
    public OutboxKind<ThreadCatchUpTask.Ask> kind() {
        return KIND;
    }

    @Override
    public OptionalInt maxAttempts() {
        return OptionalInt.of(CatchUpTask.MAX_ATTEMPTS);
    }

    @Override
    public Completion perform(ThreadCatchUpTask.Ask ask, OutboxMessage message) throws ChatException {
        List<ChatHistory.Message> thread;
        try {
            thread = replies.read(ask.channel(), ask.thread());
        } catch (ChatException e) {
            if (!ThreadReplies.notInChannel(e)) {
                throw e;
            }
            answers.tell(ask.address(), ThreadReplies.howToAdd(ask.channel(), "read this thread"));
            return () -> uses.finished(ask.use(), "not_in_channel", 0);
        }
        CatchUpInput input = ThreadInput.of(ask.channel(), thread, new UserNames(chat)::of);
        if (input.messages().isEmpty()) {
            answers.tell(ask.address(), ChatText.of("There is nothing to catch up on: that thread no longer exists."));
            return () -> uses.finished(ask.use(), "gone", 0);
        }
        if (!message.isRetry()) {
            tellQuietly(ask.address(), ChatText.of("Reading the " + input.messages().size() + " messages of this"
                    + " thread; the catch-up will come as a direct message from hikeshi."));
        }
        CatchUp catchUp = make(ask, input);
        catchUps.send(ask.user(), catchUp);
        return () -> uses.finished(ask.use(), catchUp.aiGenerated() ? "ai" : "automatic", input.messages().size());
    }

    @Override
    public Completion givingUp(ThreadCatchUpTask.Ask ask, OutboxMessage message, String error) {
        tellQuietly(ask.address(), ChatText.of("No catch-up this time: " + CatchUpTask.NOTICE.replace(
                " Try again with the button, or ask", " Ask") + "."));
        return () -> uses.finished(ask.use(), "failed", 0);
    }

    private CatchUp make(Ask ask, CatchUpInput input) {
        if (!drafter.available()) {
            return ThreadInput.automatic(input, "no LLM is configured", clock.instant());
        }
        if (!access.llmAllowedInChannel(ask.channel())) {
            return ThreadInput.automatic(input, "the LLM is off for private incidents", clock.instant());
        }
        try {
            MapReduceDrafter.Outcome outcome = drafter.draft(input, new MapReduceDrafter.Framing(
                    CatchUpPrompts.THREAD_MAP, CatchUpPrompts.THREAD_MERGE,
                    CatchUpPrompts.threadHeader(ask.channelName(), input.messages().size())));
            return ThreadInput.ai(input, outcome.draft(), clock.instant());
        } catch (LlmException e) {
            return ThreadInput.automatic(input, "the AI catch-up failed: " + e.reason(), clock.instant());
        }
    }

    /** A courtesy answer: the catch-up goes by DM whether or not the short-lived address still works. */
    private void tellQuietly(String address, ChatText text) {
        try {
            answers.tell(address, text);
        } catch (ChatException e) {
            LOG.infof("A thread catch-up's private answer was not shown (%s)", e.code());
        }
    }
}
