package io.hikeshi.library;

import java.time.LocalDate;
import java.util.List;

/**
 * A past incident similar to another one, with why it matched and what its postmortem says.
 *
 * @param key          stable key: {@code incident:<number>} or {@code history:<file name>}
 * @param number       the incident's number; null for an imported postmortem
 * @param reference    {@code INC-12}, or the file title for an imported postmortem
 * @param source       the history file name of an imported postmortem; null for an incident
 * @param when         the day it happened; null when an imported file does not say
 * @param severity     null when an imported file does not say
 * @param reasons      why it matched, e.g. "shared services: checkout", "matched: token, clock skew"
 * @param rootCause    lines of its postmortem's root cause section, if it has one
 * @param resolution   lines of its postmortem's resolution section, if it has one
 * @param openActions  its action items not done yet
 * @param page         path of its postmortem (or incident) page in the web UI
 */
public record SimilarIncident(String key, Long number, String reference, String title, String source,
                              LocalDate when, String severity, double score, List<String> reasons,
                              List<String> rootCause, List<String> resolution, List<String> openActions,
                              String page) {

    public boolean imported() {
        return source != null;
    }
}
