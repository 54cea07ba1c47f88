package io.hikeshi.chat;

import java.util.List;

/**
 * Reads a whole thread at once: its first message and every reply, oldest first, page after page. The platform's
 * rate limits are waited out inside (within a bound); what cannot be read throws a classified {@link ChatException},
 * e.g. {@code not_in_channel} when the app is not in the channel.
 */
public interface ThreadReplies {

    /** The thread that starts with {@code threadId}; empty when no such message exists (it was deleted). */
    List<ChatHistory.Message> read(String channelId, String threadId) throws ChatException;

    /** Whether a failure means the app cannot see the channel, which a person can fix by adding it. */
    static boolean notInChannel(ChatException e) {
        return "not_in_channel".equals(e.code()) || "channel_not_found".equals(e.code());
    }

    /** What to tell someone who used a shortcut where the app cannot read: what it cannot do, and how to add it. */
    static ChatText howToAdd(String channelId, String cannot) {
        return ChatText.builder().words("hikeshi is not in ").channel(channelId).words(", so it cannot " + cannot
                + ". Type ").code("/invite @hikeshi").words(" in that channel (or add the app from the channel's"
                + " settings, under Integrations), then try again.").build();
    }
}
