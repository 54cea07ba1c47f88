package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbox tasks that post or update messages for an incident that already has its channel. */
final class MessageTasks {

    private MessageTasks() {
    }

    /** Re-renders the pinned card; when the card is not posted yet, posting it will show the latest state. */
    @ApplicationScoped
    static class UpdateCard implements OutboxTask {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        UpdateCard(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public String kind() {
            return IncidentTasks.UPDATE_CARD;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            if (incident.cardTs != null) {
                chat.updateCard(incident.channelId, incident.cardTs, cards.require(incident.id));
            }
            return Completion.NOTHING;
        }
    }

    /** Posts text in the incident channel, or in the channel named in the payload. */
    @ApplicationScoped
    static class PostText implements OutboxTask {
        private final ChatGateway chat;
        private final IncidentRoom room;

        PostText(ChatGateway chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public String kind() {
            return IncidentTasks.POST_TEXT;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            String channel = message.payload().get("channel");
            if (channel == null) {
                channel = room.requireChannel(message.incidentId());
            }
            chat.postMessage(channel, null, IncidentEffects.textOf(message), message.delivery());
            return Completion.NOTHING;
        }
    }

    /** Replies under the announcement of the incident. */
    @ApplicationScoped
    static class PostInThread implements OutboxTask {
        private final ChatGateway chat;
        private final IncidentRoom room;

        PostInThread(ChatGateway chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public String kind() {
            return IncidentTasks.POST_THREAD;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            if (incident.announcementTs == null) {
                if (room.announcementPending(incident.id)) {
                    throw ChatException.transientFailure("chat.postMessage", "announcement not posted yet", null);
                }
                return Completion.NOTHING;
            }
            chat.postMessage(incident.announcementChannel, incident.announcementTs, IncidentEffects.textOf(message),
                    message.delivery());
            return Completion.NOTHING;
        }
    }

    /** Sends a direct message. */
    @ApplicationScoped
    static class Direct implements OutboxTask {
        private final ChatGateway chat;

        Direct(ChatGateway chat) {
            this.chat = chat;
        }

        @Override
        public String kind() {
            return IncidentTasks.DIRECT;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            chat.postDirect(message.require("user"), IncidentEffects.textOf(message));
            return Completion.NOTHING;
        }
    }
}
