package io.hikeshi.runbook;

import java.util.List;

/**
 * A runbook as read from its file.
 *
 * @param name      the file name without {@code .md}; what {@code /incident runbook <name>} takes
 * @param file      the file, relative to the runbooks directory, for messages about it
 * @param body      the Markdown after the front matter
 * @param bodyLine  the line of the file the body starts on
 * @param checklist the task items ({@code - [ ] …}) of the body, in order
 */
public record Runbook(String name, String file, String title, String description, Match match, String body,
                      int bodyLine, List<Markdown.Task> checklist) {

    /** What the runbook is for: incidents that name these services or keywords, at these severities. */
    public record Match(List<String> services, List<String> keywords, List<String> severities) {

        public static final Match NOTHING = new Match(List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return services.isEmpty() && keywords.isEmpty() && severities.isEmpty();
        }
    }
}
