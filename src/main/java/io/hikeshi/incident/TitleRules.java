package io.hikeshi.incident;

import io.hikeshi.input.TextField;
import java.util.Optional;

/** What makes an acceptable incident title: some words, within {@link TextField#TITLE}. */
public final class TitleRules {

    private TitleRules() {
    }

    /** A sentence saying what is wrong with the title, or empty when it is fine. */
    public static Optional<String> problemWith(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("The incident needs a title: a few words saying what is broken.");
        }
        return TextField.TITLE.problemWith(title);
    }
}
