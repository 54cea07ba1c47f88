package io.hikeshi.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What features need from the chat platform. The Slack adapter implements it; features never see Slack types.
 * Every method either succeeds or throws a classified {@link ChatException}.
 */
public interface ChatGateway {

    /** Creates a public channel; returns empty when the name is taken. */
    Optional<String> createChannel(String name) throws ChatException;

    /**
     * Finds a channel with this name that we created at or after {@code notBefore}: after a crash between
     * creating a channel and recording it, this is how the retry recognises its own channel.
     */
    Optional<String> findOwnChannel(String name, Instant notBefore) throws ChatException;

    /** Invites users; users already in the channel are fine. */
    void invite(String channelId, List<String> userIds) throws ChatException;

    /** Sets the channel topic to the incident's headline facts. */
    void setIncidentTopic(String channelId, IncidentCard card) throws ChatException;

    /** Posts the incident card, or finds the copy an interrupted earlier attempt posted; returns its id. */
    String postIncidentCard(String channelId, IncidentCard card, Delivery delivery) throws ChatException;

    /** Replaces the incident card in place with the incident's current state. */
    void updateIncidentCard(String channelId, String messageId, IncidentCard card) throws ChatException;

    /**
     * Posts a message (in a thread when {@code threadId} is set), once per delivery; returns its id. The text is
     * plain: the adapter escapes it, keeps {@code *bold*}, turns {@code {@U123}} into a mention of that user,
     * {@code {#C123}} into a channel link and {@code {cmd}} into the slash command.
     */
    String postMessage(String channelId, String threadId, String text, Delivery delivery) throws ChatException;

    /** Sends one person a direct message from the app (same text rules as {@link #postMessage}). */
    void postDirect(String userId, String text) throws ChatException;

    /** Pins a message; an already pinned message is fine. */
    void pin(String channelId, String messageId) throws ChatException;

    /** Announces a declaration in the announcement channel (idempotent like the card); returns its id. */
    String postAnnouncement(String channelId, IncidentCard card, Delivery delivery) throws ChatException;

    /** Shows one person a short message in a channel, visible only to them. */
    void postEphemeral(String channelId, String userId, String text) throws ChatException;

    /** Reads one message (text, author, permalink); empty when it is gone. */
    Optional<ChatMessage> fetchMessage(String channelId, String messageId) throws ChatException;

    /** A message as read back from the platform. */
    record ChatMessage(String text, String author, String permalink) {
    }

    /**
     * Replaces the private list of action items someone clicked in with the incident's open action items now.
     * {@code replyAddress} comes with the click and is valid for a short while only.
     */
    void replaceActionItemList(String replyAddress, IncidentCard card) throws ChatException;

    /** Shows a user the app's home screen with the given open incidents. */
    void publishHome(String userId, List<IncidentCard> openIncidents) throws ChatException;

    /**
     * Identifies one delivery so that a retry can find what an interrupted attempt already posted.
     *
     * @param key   unique per side effect, stored with the message
     * @param since when the first attempt started
     * @param retry whether an earlier attempt may have posted already
     */
    record Delivery(String key, Instant since, boolean retry) {
    }
}
