package io.hikeshi.postmortem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where a postmortem is in its review: draft, then in review, then published; back to draft to revise. */
public enum PostmortemStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED;

    /** "draft", "in review", "published". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The statuses a postmortem in this status may move to. */
    public Set<PostmortemStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(DRAFT, PUBLISHED);
            case PUBLISHED -> Set.of(DRAFT);
        };
    }

    /** Whether people may edit the text in this status; a published postmortem goes back to draft first. */
    public boolean editable() {
        return this != PUBLISHED;
    }

    /** Reads "draft", "in_review", "in review", "IN_REVIEW" and the like. */
    public static Optional<PostmortemStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }
}
