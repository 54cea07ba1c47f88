package io.hikeshi.catchup;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;

/** What catch-ups need from the chat platform: showing one in a channel, privately, or by direct message. */
public interface CatchUpChat {

    /** Posts a catch-up in a channel, once per delivery, with links to its sources and unfurling off. */
    void post(String channelId, CatchUp catchUp, Delivery delivery) throws ChatException;

    /** Replaces the private "working on it" answer behind {@code replyAddress} (valid for a short while) with a catch-up. */
    void reply(String replyAddress, CatchUp catchUp) throws ChatException;

    /** Sends one person a catch-up as a direct message, e.g. the brief of a new commander. */
    void send(String userId, CatchUp catchUp) throws ChatException;
}
