package io.hikeshi.library;

import java.time.LocalDate;
import java.util.List;

/**
 * One past postmortem read from a history file.
 *
 * @param source the file name, relative to the history folder: the entry's identity
 * @param date   when it happened; null when the file does not say
 * @param body   the Markdown after the front matter
 */
record HistoryEntry(String source, String title, LocalDate date, String severity, List<String> services,
                    List<String> labels, String body) {

    HistoryEntry {
        services = List.copyOf(services);
        labels = List.copyOf(labels);
    }
}
