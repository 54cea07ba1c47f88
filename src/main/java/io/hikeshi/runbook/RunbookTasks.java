package io.hikeshi.runbook;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentChannelOpened;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.NoPayload;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** The outbox work of runbooks: choosing them when a channel opens, posting them, updating a ticked item. */
final class RunbookTasks {

    static final OutboxKind<NoPayload> ON_DECLARE = OutboxKind.bare(OutboxKinds.RUNBOOKS_ON_DECLARE);
    static final OutboxKind<PostPayload> POST = OutboxKind.of(OutboxKinds.POST_RUNBOOK, PostPayload.class);
    static final OutboxKind<UpdatePayload> UPDATE = OutboxKind.of(OutboxKinds.UPDATE_RUNBOOK, UpdatePayload.class);

    /** The runbook post to send. */
    record PostPayload(@JsonFormat(shape = JsonFormat.Shape.STRING) long post) {
    }

    /** The checklist item of a runbook post to show again. */
    record UpdatePayload(@JsonFormat(shape = JsonFormat.Shape.STRING) long post,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) int item) {
    }

    private RunbookTasks() {
    }

    /**
     * When a new incident's channel opens, queues the choice of its runbooks. Only an outbox entry is written in the
     * channel's transaction, so nothing about runbooks can hold up setting up the channel.
     */
    @ApplicationScoped
    static class OnChannelOpened {
        private final Outbox outbox;

        OnChannelOpened(Outbox outbox) {
            this.outbox = outbox;
        }

        void queue(@Observes IncidentChannelOpened opened) {
            outbox.enqueue(ON_DECLARE, opened.incidentId());
        }
    }

    /** Chooses the first-response runbook and the best matches, and queues posting each. */
    @ApplicationScoped
    static class ChooseOnDeclare implements OutboxTask<NoPayload> {
        private final RunbookPosts posts;

        ChooseOnDeclare(RunbookPosts posts) {
            this.posts = posts;
        }

        @Override
        public OutboxKind<NoPayload> kind() {
            return ON_DECLARE;
        }

        @Override
        public Completion perform(NoPayload payload, OutboxMessage message) {
            long incidentId = message.incidentId();
            return () -> posts.postOnDeclare(incidentId);
        }
    }

    /** Posts one runbook in the incident channel and remembers its messages. */
    @ApplicationScoped
    static class Post implements OutboxTask<PostPayload> {
        private final RunbookChat chat;
        private final PostedRunbooks posted;

        Post(RunbookChat chat, PostedRunbooks posted) {
            this.chat = chat;
            this.posted = posted;
        }

        @Override
        public OutboxKind<PostPayload> kind() {
            return POST;
        }

        @Override
        public Completion perform(PostPayload payload, OutboxMessage message) throws ChatException {
            long postId = payload.post();
            PostedRunbooks.Loaded loaded = posted.load(postId);
            if (loaded == null || !loaded.messageIds().isEmpty()) {
                return Completion.NOTHING;
            }
            List<String> messageIds = chat.postRunbook(loaded.channelId(), loaded.runbook(),
                    message.delivery());
            return () -> posted.recordMessages(postId, messageIds);
        }
    }

    /** Shows a ticked or unticked item to everyone, in the message that holds it. */
    @ApplicationScoped
    static class Update implements OutboxTask<UpdatePayload> {
        private final RunbookChat chat;
        private final PostedRunbooks posted;

        Update(RunbookChat chat, PostedRunbooks posted) {
            this.chat = chat;
            this.posted = posted;
        }

        @Override
        public OutboxKind<UpdatePayload> kind() {
            return UPDATE;
        }

        @Override
        public Completion perform(UpdatePayload payload, OutboxMessage message) throws ChatException {
            PostedRunbooks.Loaded loaded = posted.load(payload.post());
            // Not posted yet: posting it will show the current state.
            if (loaded != null && !loaded.messageIds().isEmpty()) {
                chat.updateRunbookItem(loaded.channelId(), loaded.messageIds(), loaded.runbook(),
                        payload.item());
            }
            return Completion.NOTHING;
        }
    }
}
