package io.hikeshi.library;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry found by a search.
 *
 * @param source  the history file of an imported postmortem; null for an incident
 * @param snippet a passage with the matching words highlighted
 * @param privateIncident a private incident, found because the searcher may see it
 */
public record SearchHit(String reference, String title, String source, LocalDate when, String severity,
                        List<String> services, List<String> labels, boolean drill, boolean resolved, double score,
                        Snippet snippet, String page, boolean privateIncident) {

    public boolean imported() {
        return source != null;
    }
}
