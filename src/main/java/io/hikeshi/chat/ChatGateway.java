package io.hikeshi.chat;

import io.hikeshi.incident.IncidentCard;
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
     * Posts a message (in a thread when {@code threadId} is set), once per delivery; returns its id. Its words show
     * as written; only the text's typed segments mention, link or emphasise ({@link ChatText}).
     */
    String postMessage(String channelId, String threadId, ChatText text, Delivery delivery) throws ChatException;

    /** Sends one person a direct message from the app. */
    void postDirect(String userId, ChatText text) throws ChatException;

    /** Pins a message; an already pinned message is fine. */
    void pin(String channelId, String messageId) throws ChatException;

    /** Announces a declaration in the announcement channel (idempotent like the card); returns its id. */
    String postAnnouncement(String channelId, IncidentCard card, Delivery delivery) throws ChatException;

    /** Shows one person a short message in a channel, visible only to them. */
    void postEphemeral(String channelId, String userId, ChatText text) throws ChatException;

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

    /**
     * Tells a channel (or a thread, when {@code threadId} is set) about a postmortem, with a link to it; once per
     * delivery like {@link #postMessage}. Returns the message id.
     */
    String postPostmortemNotice(String channelId, String threadId, PostmortemNotice notice, Delivery delivery)
            throws ChatException;

    /** Shares a text file (e.g. the postmortem's Markdown) in a channel so it can be read there. */
    void shareFile(String channelId, SharedFile file) throws ChatException;

    /**
     * A text file to share.
     *
     * @param comment posted with the file
     */
    record SharedFile(String filename, String title, String content, ChatText comment) {
    }

    /** Shows a user the app's home screen with the given open incidents. */
    void publishHome(String userId, List<IncidentCard> openIncidents) throws ChatException;

    /** One page of a channel's history, or of a thread's replies when {@code threadId} is set; oldest-first paging. */
    ChatHistory history(String channelId, String threadId, String cursor) throws ChatException;

    /** The name people know a user by; the id itself when the user cannot be found. */
    String userName(String userId) throws ChatException;

    /** Posts a catch-up in a channel, once per delivery, with links to its sources and unfurling off. */
    void postCatchUp(String channelId, CatchUp catchUp, Delivery delivery) throws ChatException;

    /** Replaces the private "working on it" answer behind {@code replyAddress} (valid for a short while) with a catch-up. */
    void replyWithCatchUp(String replyAddress, CatchUp catchUp) throws ChatException;

    /** Sends one person a catch-up as a direct message, e.g. the brief of a new commander. */
    void sendCatchUp(String userId, CatchUp catchUp) throws ChatException;

    /**
     * Posts a runbook with its checklist as checkboxes, split into as many messages as the platform's limits need,
     * once per delivery; returns the ids of its messages in order.
     */
    List<String> postRunbook(String channelId, PostedRunbook runbook, Delivery delivery) throws ChatException;

    /** Re-renders the message of a posted runbook that holds checklist item {@code item}, for everyone. */
    void updateRunbookItem(String channelId, List<String> messageIds, PostedRunbook runbook, int item)
            throws ChatException;

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
