package io.hikeshi.runbook;

import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentChannelOpened;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** The outbox work of runbooks: choosing them when a channel opens, posting them, updating a ticked item. */
final class RunbookTasks {

    static final String ON_DECLARE = "runbooks_on_declare";
    static final String POST = "post_runbook";
    static final String UPDATE = "update_runbook";
    static final String POST_ID = "post";
    static final String ITEM = "item";

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
    static class ChooseOnDeclare implements OutboxTask {
        private final RunbookPosts posts;

        ChooseOnDeclare(RunbookPosts posts) {
            this.posts = posts;
        }

        @Override
        public String kind() {
            return ON_DECLARE;
        }

        @Override
        public Completion perform(OutboxMessage message) {
            long incidentId = message.incidentId();
            return () -> posts.postOnDeclare(incidentId);
        }
    }

    /** Posts one runbook in the incident channel and remembers its messages. */
    @ApplicationScoped
    static class Post implements OutboxTask {
        private final RunbookChat chat;
        private final PostedRunbooks posted;

        Post(RunbookChat chat, PostedRunbooks posted) {
            this.chat = chat;
            this.posted = posted;
        }

        @Override
        public String kind() {
            return POST;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            long postId = Long.parseLong(message.require(POST_ID));
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
    static class Update implements OutboxTask {
        private final RunbookChat chat;
        private final PostedRunbooks posted;

        Update(RunbookChat chat, PostedRunbooks posted) {
            this.chat = chat;
            this.posted = posted;
        }

        @Override
        public String kind() {
            return UPDATE;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            PostedRunbooks.Loaded loaded = posted.load(Long.parseLong(message.require(POST_ID)));
            // Not posted yet: posting it will show the current state.
            if (loaded != null && !loaded.messageIds().isEmpty()) {
                chat.updateRunbookItem(loaded.channelId(), loaded.messageIds(), loaded.runbook(),
                        Integer.parseInt(message.require(ITEM)));
            }
            return Completion.NOTHING;
        }
    }
}
