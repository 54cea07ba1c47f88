package io.hikeshi.chat;

import java.util.List;
import java.util.Optional;

/**
 * One page of a channel's history or of a thread's replies, as a backfill reads it.
 *
 * @param nextCursor where the next page starts; empty on the last page
 */
public record ChatHistory(List<Message> messages, Optional<String> nextCursor) {

    /**
     * A message as stored by the platform.
     *
     * @param id          the platform's id, which is also its time (Slack's ts)
     * @param threadId    the thread it belongs to, or null; a thread's first message has its own id here
     * @param editedId    when it was last edited, or null
     * @param byPerson    false for bot and app messages and for join/leave notices, which a transcript leaves out
     * @param latestReply the id of the newest reply when this message starts a thread, or null
     * @param deleted     the placeholder the platform keeps for a deleted message that has replies
     */
    public record Message(String id, String threadId, String userId, String text, String editedId, boolean byPerson,
                          String latestReply, boolean deleted) {

        public Message(String id, String threadId, String userId, String text, String editedId, boolean byPerson,
                       String latestReply) {
            this(id, threadId, userId, text, editedId, byPerson, latestReply, false);
        }
    }
}
