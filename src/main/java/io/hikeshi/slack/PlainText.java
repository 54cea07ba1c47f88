package io.hikeshi.slack;

import java.util.regex.Pattern;

/**
 * Turns the plain text features write into Slack mrkdwn: everything escaped, then {@code {@U123}} becomes a user
 * mention and {@code {#C123}} a channel link and {@code {^S123}} a
 * user group mention. Bold ({@code *…*}) passes through.
 */
final class PlainText {

    private static final Pattern USER = Pattern.compile("\\{@([UW][A-Z0-9]{2,30})}");
    private static final Pattern CHANNEL = Pattern.compile("\\{#([CG][A-Z0-9]{2,30})}");
    private static final Pattern GROUP = Pattern.compile("\\{\\^(S[A-Z0-9]{2,30})}");

    private PlainText() {
    }

    static String toMrkdwn(String text) {
        String escaped = Mrkdwn.escape(text);
        String withUsers = USER.matcher(escaped).replaceAll("<@$1>");
        String withGroups = GROUP.matcher(withUsers).replaceAll("<!subteam^$1>");
        return CHANNEL.matcher(withGroups).replaceAll("<#$1>");
    }
}
