package io.hikeshi.slack;

import io.hikeshi.chat.ChatText;

/**
 * The one place {@link ChatText} becomes Slack markup. Words are escaped ({@link Mrkdwn#escape}); only the typed
 * segments become mentions and links.
 */
final class SlackText {

    private SlackText() {
    }

    /** Mrkdwn for a block or for a message's {@code text}, which Slack also shows in notifications. */
    static String mrkdwn(ChatText text, String command) {
        StringBuilder out = new StringBuilder();
        for (ChatText.Segment segment : text.segments()) {
            if (segment instanceof ChatText.Words w) {
                out.append(Mrkdwn.escape(w.text()));
            } else if (segment instanceof ChatText.Strong s) {
                out.append('*').append(Mrkdwn.escape(s.text())).append('*');
            } else if (segment instanceof ChatText.Code c) {
                out.append(code(c.text()));
            } else if (segment instanceof ChatText.User u) {
                out.append(Mrkdwn.user(u.id()));
            } else if (segment instanceof ChatText.Group g) {
                out.append("<!subteam^").append(g.id()).append('>');
            } else if (segment instanceof ChatText.Channel c) {
                out.append(Mrkdwn.channel(c.id()));
            } else if (segment instanceof ChatText.Command c) {
                out.append(code(c.words().isEmpty() ? command : command + " " + c.words()));
            }
        }
        return out.toString();
    }

    /** A code span; a backtick inside would end it early, and nothing else formats inside one. */
    private static String code(String text) {
        return "`" + Mrkdwn.escapeControl(text.replace('`', '\'')) + "`";
    }

    /** Mrkdwn of at most {@code max} characters of words, cut before rendering so no markup is cut in half. */
    static String mrkdwn(ChatText text, String command, int max) {
        String rendered = mrkdwn(text, command);
        for (int room = max; rendered.length() > max && room > 1; room = room * 3 / 4) {
            rendered = mrkdwn(text.truncate(room), command);
        }
        return rendered;
    }
}
