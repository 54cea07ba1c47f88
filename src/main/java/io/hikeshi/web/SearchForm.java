package io.hikeshi.web;

import io.hikeshi.library.SearchQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The search filters as typed, checked: a day that is not a day is a problem to show, not an error page. */
record SearchForm(String q, String severity, String service, String label, String from, String to) {

    static final int MAX_TEXT = 500;

    /** What is wrong with the form; null when it is fine. */
    String problem() {
        if (q != null && q.length() > MAX_TEXT) {
            return "The search words are " + q.length() + " characters long; use at most " + MAX_TEXT + ".";
        }
        if (day(from) == Bad.DAY || day(to) == Bad.DAY) {
            return "Dates are days such as 2024-03-01.";
        }
        return null;
    }

    SearchQuery query() {
        return new SearchQuery(q, severity, service, label, (LocalDate) day(from), (LocalDate) day(to));
    }

    private enum Bad { DAY }

    private static Object day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return Bad.DAY;
        }
    }
}
