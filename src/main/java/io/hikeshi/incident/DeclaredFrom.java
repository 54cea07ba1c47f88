package io.hikeshi.incident;

/**
 * The chat message an incident was declared from (the "Declare incident" message shortcut).
 *
 * @param threadId  the thread the message belongs to: its first message's id, which is the message's own id when it
 *                  starts the thread or stands alone
 * @param permalink the message's link as the platform showed it, or null when it was not known
 */
public record DeclaredFrom(String channelId, String messageId, String threadId, String permalink) {

    public DeclaredFrom {
        if (channelId == null || channelId.isBlank() || messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a message needs its channel and id");
        }
        threadId = threadId == null || threadId.isBlank() ? messageId : threadId;
    }

    /** The request key that makes one message start one incident, whichever form declares it. */
    String requestKey() {
        return "declared-from:" + channelId + ":" + messageId;
    }
}
