package io.hikeshi.slack;

import io.hikeshi.incident.DeclaredFrom;

/**
 * What the declare form carries in its private metadata: the channel it was opened from and, when it was opened on a
 * message, that message (one field a line), or, when it was opened from an alert's triage message, the alert group
 * ({@code alert:<group>:<channel>}). A form opened by {@code /incident declare} carries the channel alone.
 */
record DeclareOrigin(String channelId, DeclaredFrom from, Long alertGroup) {

    private static final String ALERT_PREFIX = "alert:";

    String encode() {
        String channel = channelId == null ? "" : channelId;
        if (alertGroup != null) {
            return ALERT_PREFIX + alertGroup + ":" + channel;
        }
        if (from == null) {
            return channel;
        }
        return String.join("\n", channel, from.channelId(), from.messageId(), from.threadId(),
                from.permalink() == null ? "" : from.permalink());
    }

    static DeclareOrigin decode(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return new DeclareOrigin(null, null, null);
        }
        if (metadata.startsWith(ALERT_PREFIX)) {
            return decodeAlert(metadata.substring(ALERT_PREFIX.length()));
        }
        String[] lines = metadata.split("\n", -1);
        String channel = lines[0].isBlank() ? null : lines[0];
        if (lines.length < 5) {
            return new DeclareOrigin(channel, null, null);
        }
        return new DeclareOrigin(channel, new DeclaredFrom(lines[1], lines[2], lines[3],
                lines[4].isBlank() ? null : lines[4]), null);
    }

    private static DeclareOrigin decodeAlert(String rest) {
        String[] parts = rest.split(":", 2);
        String channel = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
        try {
            return new DeclareOrigin(channel, null, Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            return new DeclareOrigin(channel, null, null);
        }
    }
}
