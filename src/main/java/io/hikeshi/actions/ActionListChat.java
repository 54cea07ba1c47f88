package io.hikeshi.actions;

import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentCard;

/** What the action item list needs from the chat platform. */
public interface ActionListChat {

    /**
     * Replaces the private list of action items someone clicked in with the incident's open action items now.
     * {@code replyAddress} comes with the click and is valid for a short while only.
     */
    void replaceList(String replyAddress, IncidentCard card) throws ChatException;
}
