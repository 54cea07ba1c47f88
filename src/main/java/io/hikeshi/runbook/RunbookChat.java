package io.hikeshi.runbook;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import java.util.List;

/** What posted runbooks need from the chat platform. */
public interface RunbookChat {

    /**
     * Posts a runbook with its checklist as checkboxes, split into as many messages as the platform's limits need,
     * once per delivery; returns the ids of its messages in order.
     */
    List<String> postRunbook(String channelId, PostedRunbook runbook, Delivery delivery) throws ChatException;

    /** Re-renders the message of a posted runbook that holds checklist item {@code item}, for everyone. */
    void updateRunbookItem(String channelId, List<String> messageIds, PostedRunbook runbook, int item)
            throws ChatException;
}
