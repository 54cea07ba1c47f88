package io.hikeshi.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Safe pieces of Slack mrkdwn: user text is escaped so it cannot mention, link or format. */
final class Mrkdwn {

    private Mrkdwn() {
    }

    /** Escapes the three characters Slack treats as control characters in mrkdwn. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Undoes Slack's escaping of slash command text, so titles are stored as typed. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String user(String userId) {
        return "<@" + userId + ">";
    }

    static String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    /** A time each reader sees in their own time zone. */
    static String time(Instant at) {
        String fallback = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|" + fallback + ">";
    }

    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
