package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the incident room needs from the chat platform: its channel, card, announcement and the home screen. */
public interface IncidentRoomChat {

    /** Creates a channel, public or private; returns empty when the name is taken. */
    Optional<String> createChannel(String name, boolean isPrivate) throws ChatException;

    /**
     * Finds a channel with this name that we created at or after {@code notBefore}: after a crash between
     * creating a channel and recording it, this is how the retry recognises its own channel.
     */
    Optional<String> findOwnChannel(String name, boolean isPrivate, Instant notBefore) throws ChatException;

    /** Invites users; users already in the channel are fine. */
    void invite(String channelId, List<String> userIds) throws ChatException;

    /** Sets the channel topic to the incident's headline facts. */
    void setTopic(String channelId, IncidentCard card) throws ChatException;

    /** Posts the incident card, or finds the copy an interrupted earlier attempt posted; returns its id. */
    String postCard(String channelId, IncidentCard card, Delivery delivery) throws ChatException;

    /** Replaces the incident card in place with the incident's current state. */
    void updateCard(String channelId, String messageId, IncidentCard card) throws ChatException;

    /** Pins a message; an already pinned message is fine. */
    void pin(String channelId, String messageId) throws ChatException;

    /** Announces a declaration in the announcement channel (idempotent like the card); returns its id. */
    String postAnnouncement(String channelId, IncidentCard card, Delivery delivery) throws ChatException;

    /** Shows a user the app's home screen with the given open incidents. */
    void publishHome(String userId, List<IncidentCard> openIncidents) throws ChatException;
}
