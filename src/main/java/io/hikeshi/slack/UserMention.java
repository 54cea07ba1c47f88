package io.hikeshi.slack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person from a command word: {@code me}, or a mention as Slack sends it ({@code <@U123|name>}). Slack
 * escapes mentions of real users only, so a plain {@code @name} is someone Slack did not recognise.
 */
final class UserMention {

    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    private UserMention() {
    }

    /** The user id, or empty when the word names nobody Slack knows. */
    static Optional<String> parse(CommandTokens.Token word, String callerId) {
        return parse(word == null ? null : word.raw(), callerId);
    }

    /** Same, from the word exactly as Slack sent it (still escaped). */
    static Optional<String> parse(String word, String callerId) {
        if (word == null) {
            return Optional.empty();
        }
        if (word.equalsIgnoreCase("me")) {
            return Optional.of(callerId);
        }
        Matcher matcher = MENTION.matcher(word.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A mention as people read it, {@code @name} (or {@code @U123} without a name); empty when not a mention. */
    static Optional<String> readable(String word) {
        Matcher matcher = MENTION.matcher(word == null ? "" : word.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of("@" + (matcher.group(2) == null ? matcher.group(1) : matcher.group(2).substring(1)));
    }

    /** Why the word is not a person, for the answer to the user. */
    static String problem(String word) {
        if (word == null || word.isBlank()) {
            return "Say who: mention a person with @, or write `me`.";
        }
        return "I can't find a person called `" + Mrkdwn.escape(Mrkdwn.truncate(word, 40)) + "` in this workspace."
                + " Mention them with @ so Slack links the name, or write `me`.";
    }
}
