package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.outbox.NoPayload;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The steps that fill a new incident channel, one outbox task each. */
final class RoomSetupTasks {

    private RoomSetupTasks() {
    }

    /** Invites people into the incident channel. */
    @ApplicationScoped
    static class Invite implements OutboxTask<IncidentTasks.Invite> {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentMembers members;

        Invite(IncidentRoomChat chat, IncidentRoom room, IncidentMembers members) {
            this.chat = chat;
            this.room = room;
            this.members = members;
        }

        @Override
        public OutboxKind<IncidentTasks.Invite> kind() {
            return IncidentTasks.INVITE;
        }

        @Override
        public Completion perform(IncidentTasks.Invite payload, OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            chat.invite(incident.channelId, payload.users());
            return incident.privateIncident ? () -> members.invited(incident.id, payload.users()) : Completion.NOTHING;
        }
    }

    /** Puts the headline facts in the channel topic. */
    @ApplicationScoped
    static class Topic implements OutboxTask<NoPayload> {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        Topic(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public OutboxKind<NoPayload> kind() {
            return IncidentTasks.SET_TOPIC;
        }

        @Override
        public Completion perform(NoPayload payload, OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            chat.setTopic(incident.channelId, cards.require(incident.id));
            return Completion.NOTHING;
        }
    }

    /** Posts the incident card; pinning follows once it is recorded. */
    @ApplicationScoped
    static class PostCard implements OutboxTask<NoPayload> {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        PostCard(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public OutboxKind<NoPayload> kind() {
            return IncidentTasks.POST_CARD;
        }

        @Override
        public Completion perform(NoPayload payload, OutboxMessage message) throws ChatException {
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
    static class PinCard implements OutboxTask<NoPayload> {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;

        PinCard(IncidentRoomChat chat, IncidentRoom room) {
            this.chat = chat;
            this.room = room;
        }

        @Override
        public OutboxKind<NoPayload> kind() {
            return IncidentTasks.PIN_CARD;
        }

        @Override
        public Completion perform(NoPayload payload, OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            chat.pin(incident.channelId, incident.cardTs);
            return Completion.NOTHING;
        }
    }

    /** Announces the declaration in the announcement channel, linking the incident channel. */
    @ApplicationScoped
    static class Announce implements OutboxTask<IncidentTasks.Announce> {
        private final IncidentRoomChat chat;
        private final IncidentRoom room;
        private final IncidentCards cards;

        Announce(IncidentRoomChat chat, IncidentRoom room, IncidentCards cards) {
            this.chat = chat;
            this.room = room;
            this.cards = cards;
        }

        @Override
        public OutboxKind<IncidentTasks.Announce> kind() {
            return IncidentTasks.ANNOUNCE;
        }

        @Override
        public Completion perform(IncidentTasks.Announce payload, OutboxMessage message) throws ChatException {
            Incident incident = room.load(message.incidentId());
            String channel = payload.channel();
            if (incident.announcementTs != null && channel.equals(incident.announcementChannel)
                    || !room.announceChannel(incident).equals(Optional.of(channel))) {
                // Announced already, or queued before the incident's privacy changed where it belongs.
                return Completion.NOTHING;
            }
            String ts = chat.postAnnouncement(channel, cards.require(incident.id), message.delivery());
            return () -> room.announced(incident.id, channel, ts);
        }
    }
}
