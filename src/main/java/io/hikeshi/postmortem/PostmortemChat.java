package io.hikeshi.postmortem;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.Delivery;

/** What postmortems need from the chat platform: notices about them, and their Markdown as a file. */
public interface PostmortemChat {

    /**
     * Tells a channel (or a thread, when {@code threadId} is set) about a postmortem, with a link to it; once per
     * delivery. Returns the message id.
     */
    String postNotice(String channelId, String threadId, PostmortemNotice notice, Delivery delivery)
            throws ChatException;

    /** Shares a text file (e.g. the postmortem's Markdown) in a channel so it can be read there. */
    void shareFile(String channelId, SharedFile file) throws ChatException;

    /**
     * A text file to share.
     *
     * @param comment posted with the file
     */
    record SharedFile(String filename, String title, String content, ChatText comment) {
    }
}
