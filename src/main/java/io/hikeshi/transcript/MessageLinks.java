package io.hikeshi.transcript;

/** Links to the messages of a thread, made from one message's link, so copying a thread needs no call per message. */
final class MessageLinks {

    private MessageLinks() {
    }

    /**
     * The link of message {@code messageId} of {@code threadId} in {@code channelId}, in Slack's documented shape,
     * on the workspace of {@code knownLink}; null when no link is known.
     */
    static String of(String knownLink, String channelId, String messageId, String threadId) {
        if (knownLink == null) {
            return null;
        }
        int archives = knownLink.indexOf("/archives/");
        if (archives < 0) {
            return null;
        }
        String link = knownLink.substring(0, archives) + "/archives/" + channelId + "/p" + messageId.replace(".", "");
        if (threadId != null && !threadId.equals(messageId)) {
            link += "?thread_ts=" + threadId + "&cid=" + channelId;
        }
        return link;
    }
}
