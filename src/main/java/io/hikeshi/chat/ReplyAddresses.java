package io.hikeshi.chat;

/**
 * Answers the person behind a short-lived reply address (Slack's response URL, valid for 30 minutes): a message only
 * they see, where they clicked, whether or not the app is in that channel.
 */
public interface ReplyAddresses {

    void tell(String replyAddress, ChatText text) throws ChatException;
}
