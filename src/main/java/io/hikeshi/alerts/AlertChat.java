package io.hikeshi.alerts;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;

/** What alerts need from the chat: a triage message posted once, then updated in place. */
public interface AlertChat {

    /** Posts the message; returns its id (the Slack ts). A retry finds the message an interrupted attempt posted. */
    String postTriage(String channelId, TriageMessage message, Delivery delivery) throws ChatException;

    void updateTriage(String channelId, String messageId, TriageMessage message) throws ChatException;
}
