package io.hikeshi.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the library as the index holds it: a hikeshi incident or an imported postmortem.
 *
 * @param key         {@code incident:<number>} or {@code history:<file name>}: unique, and the tie-breaker of rankings
 * @param number      the incident number; null for an imported postmortem
 * @param reference   {@code INC-12}; the file title for an imported postmortem
 * @param source      the history file name; null for an incident
 * @param when        the day it was declared (or the file's {@code date}); may be null for a file
 * @param resolved    whether it is over: imported postmortems always are
 * @param text        everything else that can be searched: timeline and postmortem text, or the file's body
 * @param openActions open action items
 * @param page        path of its postmortem (or, before there is one, incident) page in the web UI
 * @param privateIncident a private incident as last indexed: for showing it as such; who may see it is decided from
 *                    the database at search time ({@link io.hikeshi.incident.IncidentAccess.Visibility})
 */
record LibraryDocument(String key, Long number, String reference, String title, String description, String source,
                       LocalDate when, String severity, boolean drill, boolean resolved, List<String> services,
                       List<String> labels, String text, List<String> rootCause, List<String> resolution,
                       List<String> openActions, String page, boolean privateIncident) {

    LibraryDocument {
        services = services == null ? List.of() : List.copyOf(services);
        labels = labels == null ? List.of() : List.copyOf(labels);
        rootCause = rootCause == null ? List.of() : List.copyOf(rootCause);
        resolution = resolution == null ? List.of() : List.copyOf(resolution);
        openActions = openActions == null ? List.of() : List.copyOf(openActions);
        description = description == null ? "" : description;
        text = text == null ? "" : text;
    }

    static String incidentKey(long number) {
        return "incident:" + number;
    }

    static String historyKey(String source) {
        return "history:" + source;
    }

    boolean imported() {
        return source != null;
    }

    /** An imported postmortem as the library holds it. */
    static LibraryDocument ofHistory(HistoryEntry entry) {
        PostmortemSections.Found sections = PostmortemSections.of(entry.body());
        return new LibraryDocument(historyKey(entry.source()), null, entry.title(), entry.title(), "", entry.source(),
                entry.date(), entry.severity(), false, true, entry.services(), entry.labels(), entry.body(),
                sections.rootCause(), sections.resolution(), List.of(), historyPage(entry.source()), false);
    }

    /** The web UI's page for an imported postmortem. */
    static String historyPage(String source) {
        return "/library/history/" + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The words a match is looked for in: title and description first, then the rest. */
    String searchable() {
        return title + "\n" + description + "\n" + text;
    }
}
