package io.hikeshi.input;

import java.util.Optional;

/**
 * Every kind of text a person types into the bot, and the longest it may be: the one place these limits live.
 * Commands and forms check what was typed here before anything is stored (and features that store text check it
 * again), so text that does not fit is refused with a sentence saying so instead of failing in the database. Each limit keeps the
 * text inside its column and the Slack message it ends up in; text posted through the outbox is JSON-escaped (a
 * quote or a line break takes two characters) into a 4,000-character payload, hence 1,800 for updates.
 */
public enum TextField {

    TITLE("The title", 150, " and put the details in the channel."),
    DESCRIPTION("The description", 3000, "; link to longer material."),
    UPDATE("The update", 1800, " and post the rest in the channel."),
    STATUS_MESSAGE("The status message", 1800, " and post the rest in the channel."),
    RESOLVE_SUMMARY("The summary", 1800, " and put the rest in the postmortem."),
    NOTE("The note", 3000, "; add a second note for the rest."),
    ACTION_ITEM("The action item", 500, " and put the details in the channel."),
    ROLE("The role name", 60, "."),
    RUNBOOK("The runbook name", 200, "."),
    SEVERITY("The severity", 40, "."),
    TIME("The time", 64, "."),
    /** Labels after {@code label service} and the like: up to ten names of forty characters, with separators. */
    LABELS("The labels", 500, "; give at most ten names."),
    /** Words that choose an option, e.g. {@code public}, {@code link} or a page number. */
    OPTIONS("What follows the command", 100, ".");

    private final String label;
    private final int maxLength;
    private final String advice;

    TextField(String label, int maxLength, String advice) {
        this.label = label;
        this.maxLength = maxLength;
        this.advice = advice;
    }

    /** The most characters (UTF-16 units, as Java, the database and Slack count them) the text may hold. */
    public int maxLength() {
        return maxLength;
    }

    /** The sentence for text of {@code length} characters, longer than this field takes. */
    public String tooLong(int length) {
        return label + " is " + length + " characters long; keep it to " + maxLength + " or fewer" + advice;
    }

    /**
     * A sentence saying what is wrong with the text, or empty when it fits: too long, or holding a control
     * character (line breaks and tabs are fine) or a broken surrogate pair. The sentence never quotes the text.
     */
    public Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            return Optional.of(tooLong(stripped.length()));
        }
        return unreadable(stripped).map(what -> label + " holds " + what + " that cannot be posted; type it again"
                + " without it.");
    }

    /** What makes the text unpostable, whatever its field: a control character or half a surrogate pair. */
    public static Optional<String> unreadable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return Optional.of("a control character (U+%04X)".formatted((int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("a broken character (U+%04X)".formatted((int) c));
            }
        }
        return Optional.empty();
    }
}
