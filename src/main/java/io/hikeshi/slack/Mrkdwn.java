package io.hikeshi.slack;

import io.hikeshi.chat.HiddenCharacters;
import io.hikeshi.chat.ReceivedText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;

/**
 * Safe pieces of Slack mrkdwn: user text is escaped so it cannot mention, link or format. Mentions, links and times
 * are made here from ids only; {@link SlackText} renders {@link io.hikeshi.chat.ChatText} with these pieces. Public
 * only so that feature tests can say what Slack shows; no code outside slack/ depends on the adapter
 * (ArchitectureTest).
 */
public final class Mrkdwn {

    /** Slack's formatting characters and the look-alikes shown where they could format: ∗ ＿ ∼ ˋ. */
    private static final String MARKERS = "*_~`";
    private static final String LOOK_ALIKES = "\u2217\uFF3F\u223C\u02CB";

    private Mrkdwn() {
    }

    /**
     * Text that shows as written: hidden characters dropped, Slack's three control characters escaped (so
     * {@code <!channel>} or an already escaped {@code &lt;!channel&gt;} stays text), and the formatting characters
     * {@code * _ ~ `} kept from pairing up into bold, italics, strikes or code ({@link #inert}).
     */
    public static String escape(String text) {
        return inert(escapeControl(text));
    }

    /** {@link #escape}d text of at most {@code max} characters, cut before escaping so no entity is cut in half. */
    static String escape(String text, int max) {
        return within(text, max, Mrkdwn::escape);
    }

    /**
     * Text for a {@code plain_text} object, a topic or a file title: Slack shows no formatting there, but it reads
     * {@code <!channel>} and friends, so hidden characters go and the control characters are escaped.
     */
    static String plain(String text, int max) {
        return within(text, max, Mrkdwn::escapeControl);
    }

    private static String within(String text, int max, UnaryOperator<String> escaping) {
        String visible = HiddenCharacters.strip(text == null ? "" : text);
        String escaped = escaping.apply(visible);
        for (int room = max; escaped.length() > max && room > 1; room = room * 3 / 4) {
            escaped = escaping.apply(truncate(visible, room));
        }
        return escaped;
    }

    /** Only the control characters escaped (and hidden characters dropped): for Markdown turned into mrkdwn. */
    static String escapeControl(String text) {
        if (text == null) {
            return "";
        }
        return HiddenCharacters.strip(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Slack formats {@code *x*}, {@code _x_} and {@code ~x~} only when the markers stand at a word's edge, and code
     * at any backtick, and has no way to escape them. Such a marker is shown as its look-alike instead (no hidden
     * characters, so copying the text gives what it shows); markers inside words ({@code snake_case}, URLs) stay.
     */
    private static String inert(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int marker = MARKERS.indexOf(c);
            boolean formats = marker == 3 || (marker >= 0 && (edge(text, i - 1) || edge(text, i + 1)));
            out.append(formats ? LOOK_ALIKES.charAt(marker) : c);
        }
        return out.toString();
    }

    private static boolean edge(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    /** Undoes Slack's escaping of slash command text, so titles are stored as typed. */
    static String unescape(String text) {
        return ReceivedText.unescape(text);
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
