package io.hikeshi.slack;

import io.hikeshi.incident.DeclaredFrom;

/**
 * What the declare form carries in its private metadata: the channel it was opened from and, when it was opened on a
 * message, that message. One field a line; a form opened by {@code /incident declare} carries the channel alone.
 */
record DeclareOrigin(String channelId, DeclaredFrom from) {

    String encode() {
        String channel = channelId == null ? "" : channelId;
        if (from == null) {
            return channel;
        }
        return String.join("\n", channel, from.channelId(), from.messageId(), from.threadId(),
                from.permalink() == null ? "" : from.permalink());
    }

    static DeclareOrigin decode(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return new DeclareOrigin(null, null);
        }
        String[] lines = metadata.split("\n", -1);
        String channel = lines[0].isBlank() ? null : lines[0];
        if (lines.length < 5) {
            return new DeclareOrigin(channel, null);
        }
        return new DeclareOrigin(channel, new DeclaredFrom(lines[1], lines[2], lines[3],
                lines[4].isBlank() ? null : lines[4]));
    }
}
