package io.hikeshi.transcript;

/**
 * Something that happened to a message in a channel: posted, edited or deleted. Ids are the platform's message
 * ids (Slack ts), which also order messages in time.
 *
 * @param threadId the thread of a reply, or null
 * @param editedId when an edit happened (edits apply only over older text), or null
 */
public record TranscriptEvent(Kind kind, String channelId, String messageId, String threadId, String userId,
                              String text, String editedId) {

    /** What happened. */
    public enum Kind { POSTED, EDITED, DELETED }

    public static TranscriptEvent posted(String channelId, String messageId, String threadId, String userId,
                                         String text) {
        return new TranscriptEvent(Kind.POSTED, channelId, messageId, threadId, userId, text, null);
    }

    public static TranscriptEvent edited(String channelId, String messageId, String threadId, String userId,
                                         String text, String editedId) {
        return new TranscriptEvent(Kind.EDITED, channelId, messageId, threadId, userId, text, editedId);
    }

    public static TranscriptEvent deleted(String channelId, String messageId) {
        return new TranscriptEvent(Kind.DELETED, channelId, messageId, null, null, null, null);
    }
}
