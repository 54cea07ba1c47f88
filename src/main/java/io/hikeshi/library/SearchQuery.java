package io.hikeshi.library;

import java.time.LocalDate;

/**
 * A search of the library; null or blank means any.
 *
 * @param text  words to find in titles, descriptions, timelines and postmortems (every word must be there)
 * @param from  first day, inclusive
 * @param to    last day, inclusive
 */
public record SearchQuery(String text, String severity, String service, String label, LocalDate from,
                          LocalDate to) {

    public static final int LIMIT = 50;

    public boolean blank() {
        return isBlank(text) && isBlank(severity) && isBlank(service) && isBlank(label) && from == null && to == null;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
