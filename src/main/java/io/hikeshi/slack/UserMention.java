package io.hikeshi.slack;

import io.hikeshi.chat.ReceivedText;
import java.util.Optional;

/**
 * Reads a person from a command word: {@code me}, or a mention as Slack sends it ({@code <@U123|name>}). Slack
 * escapes mentions of real users only, so a plain {@code @name} is someone Slack did not recognise.
 */
final class UserMention {

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
        return ReceivedText.mention(word).map(ReceivedText.User::id);
    }

    /** A mention as people read it, {@code @name} (or {@code @U123} without a name); empty when not a mention. */
    static Optional<String> readable(String word) {
        return ReceivedText.mention(word == null ? "" : word)
                .map(user -> "@" + (user.label() == null ? user.id() : user.label()));
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
