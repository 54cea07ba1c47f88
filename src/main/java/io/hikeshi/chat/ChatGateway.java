package io.hikeshi.chat;

import java.util.Optional;

/**
 * What every feature may need from the chat platform: plain messages, and reading messages, history and names.
 * Messages of one feature's own shape go through that feature's port. The Slack adapter implements it; features
 * never see Slack types. Every method either succeeds or throws a classified {@link ChatException}.
 */
public interface ChatGateway {

    /**
     * Posts a message (in a thread when {@code threadId} is set), once per delivery; returns its id. Its words show
     * as written; only the text's typed segments mention, link or emphasise ({@link ChatText}).
     */
    String postMessage(String channelId, String threadId, ChatText text, Delivery delivery) throws ChatException;

    /** Sends one person a direct message from the app. */
    void postDirect(String userId, ChatText text) throws ChatException;

    /** Shows one person a short message in a channel, visible only to them. */
    void postEphemeral(String channelId, String userId, ChatText text) throws ChatException;

    /** Reads one message (text, author, permalink); empty when it is gone. */
    Optional<ChatMessage> fetchMessage(String channelId, String messageId) throws ChatException;

    /** A message as read back from the platform. */
    record ChatMessage(String text, String author, String permalink) {
    }

    /** One page of a channel's history, or of a thread's replies when {@code threadId} is set; oldest-first paging. */
    ChatHistory history(String channelId, String threadId, String cursor) throws ChatException;

    /** The name people know a user by; the id itself when the user cannot be found. */
    String userName(String userId) throws ChatException;
}
