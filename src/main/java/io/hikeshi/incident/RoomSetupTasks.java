package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** The steps that fill a new incident channel, one outbox task each. */
final class RoomSetupTasks {

    private RoomSetupTasks() {
    }

    /** Invites people into the incident channel. */
    @ApplicationScoped
    static class Invite implements OutboxTask {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;

        Invite(IncidentRoomChat chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public String kind() {
            return IncidentTasks.INVITE;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            chat.invite(incident.channelId, Arrays.asList(message.require("users").split(",")));
            return Completion.NOTHING;
        }
    }

    /** Puts the headline facts in the channel topic. */
    @ApplicationScoped
    static class Topic implements OutboxTask {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        Topic(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public String kind() {
            return IncidentTasks.SET_TOPIC;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            chat.setTopic(incident.channelId, cards.require(incident.id));
            return Completion.NOTHING;
        }
    }

    /** Posts the incident card; pinning follows once it is recorded. */
    @ApplicationScoped
    static class PostCard implements OutboxTask {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        PostCard(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public String kind() {
            return IncidentTasks.POST_CARD;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            if (incident.cardTs != null) {
                return Completion.NOTHING;
            }
            String ts = chat.postCard(incident.channelId, cards.require(incident.id), message.delivery());
            return () -> room.cardPosted(incident.id, ts);
        }
    }

    /** Pins the card so it stays at hand in a busy channel. */
    @ApplicationScoped
    static class PinCard implements OutboxTask {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;

        PinCard(IncidentRoomChat chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public String kind() {
            return IncidentTasks.PIN_CARD;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            chat.pin(incident.channelId, incident.cardTs);
            return Completion.NOTHING;
        }
    }

    /** Announces the declaration in the announcement channel, linking the incident channel. */
    @ApplicationScoped
    static class Announce implements OutboxTask {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        Announce(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public String kind() {
            return IncidentTasks.ANNOUNCE;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            if (incident.announcementTs != null) {
                return Completion.NOTHING;
            }
            String channel = message.require("channel");
            String ts = chat.postAnnouncement(channel, cards.require(incident.id), message.delivery());
            return () -> room.announced(incident.id, channel, ts);
        }
    }
}
