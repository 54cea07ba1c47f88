package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.outbox.NoPayload;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbox tasks that post or update messages for an incident that already has its channel. */
final class MessageTasks {

    private MessageTasks() {
    }

    /** Re-renders the pinned card; when the card is not posted yet, posting it will show the latest state. */
    @ApplicationScoped
    static class UpdateCard implements OutboxTask<NoPayload> {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        UpdateCard(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public OutboxKind<NoPayload> kind() {
            return IncidentTasks.UPDATE_CARD;
        }

        @Override
        public Completion perform(NoPayload payload, OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            if (incident.cardTs != null) {
                chat.updateCard(incident.channelId, incident.cardTs, cards.require(incident.id));
            }
            return Completion.NOTHING;
        }
    }

    /** Posts text in the incident channel, or in the channel named in the payload. */
    @ApplicationScoped
    static class PostText implements OutboxTask<IncidentTasks.PostText> {
        private final ChatGateway chat;
        private final IncidentRoom room;

        PostText(ChatGateway chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public OutboxKind<IncidentTasks.PostText> kind() {
            return IncidentTasks.POST_TEXT;
        }

        @Override
        public Completion perform(IncidentTasks.PostText payload, OutboxMessage message) throws ChatException {
            String channel = payload.channel();
            if (channel == null) {
                channel = room.requireChannel(message.incidentId());
            }
            chat.postMessage(channel, null, payload.message(), message.delivery());
            return Completion.NOTHING;
        }
    }

    /** Replies under the announcement of the incident. */
    @ApplicationScoped
    static class PostInThread implements OutboxTask<IncidentTasks.PostThread> {
        private final ChatGateway chat;
        private final IncidentRoom room;

        PostInThread(ChatGateway chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public OutboxKind<IncidentTasks.PostThread> kind() {
            return IncidentTasks.POST_THREAD;
        }

        @Override
        public Completion perform(IncidentTasks.PostThread payload, OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            if (incident.announcementTs == null) {
                if (room.announcementPending(incident.id)) {
                    throw ChatException.transientFailure("chat.postMessage", "announcement not posted yet", null);
                }
                return Completion.NOTHING;
            }
            chat.postMessage(incident.announcementChannel, incident.announcementTs, payload.message(),
                    message.delivery());
            return Completion.NOTHING;
        }
    }

    /** Sends a direct message. */
    @ApplicationScoped
    static class Direct implements OutboxTask<IncidentTasks.Direct> {
        private final ChatGateway chat;

        Direct(ChatGateway chat) {
            this.chat = chat;
        }

        @Override
        public OutboxKind<IncidentTasks.Direct> kind() {
            return IncidentTasks.DIRECT;
        }

        @Override
        public Completion perform(IncidentTasks.Direct payload, OutboxMessage message) throws ChatException {
            chat.postDirect(payload.user(), payload.message());
            return Completion.NOTHING;
        }
    }
}
