package io.hikeshi.incident;

import java.util.Optional;

/** What makes an acceptable incident title. */
public final class TitleRules {

    /** Long enough for a precise title, short enough for a channel topic and a notification. */
    public static final int MAX_LENGTH = 150;

    private TitleRules() {
    }

    /** A sentence saying what is wrong with the title, or empty when it is fine. */
    public static Optional<String> problemWith(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("The incident needs a title: a few words saying what is broken.");
        }
        int length = title.strip().codePointCount(0, title.strip().length());
        if (length > MAX_LENGTH) {
            return Optional.of("The title is " + length + " characters long; keep it to " + MAX_LENGTH
                    + " or fewer and put the details in the channel.");
        }
        return Optional.empty();
    }
}
