package io.hikeshi.web;

import io.hikeshi.library.LibrarySearch;
import io.hikeshi.library.SearchHit;
import io.hikeshi.library.SimilarIncident;
import io.hikeshi.library.Snippet;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the library's API: similar incidents and search results. */
final class LibraryJson {

    private LibraryJson() {
    }

    /** {@code source} is the history file of an imported postmortem, null for an incident. */
    record Similar(String reference, String title, String source, double score, List<String> reasons, String page,
                   LocalDate when, String severity, List<String> rootCause, List<String> resolution,
                   List<String> openActions) {
        static Similar of(SimilarIncident s) {
            return new Similar(s.reference(), s.title(), s.source(), s.score(), s.reasons(), s.page(), s.when(),
                    s.severity(), s.rootCause(), s.resolution(), s.openActions());
        }
    }

    /** The snippet as pieces of plain text, {@code highlighted} where the search words matched. */
    record Hit(String reference, String title, String source, LocalDate when, String severity, List<String> services,
               List<String> labels, boolean drill, boolean resolved, double score, List<Snippet.Piece> snippet,
               String page) {
        static Hit of(SearchHit h) {
            return new Hit(h.reference(), h.title(), h.source(), h.when(), h.severity(), h.services(), h.labels(),
                    h.drill(), h.resolved(), h.score(), h.snippet().pieces(), h.page());
        }
    }

    record Results(long total, List<Hit> hits) {
        static Results of(LibrarySearch.Results results) {
            return new Results(results.total(), results.hits().stream().map(Hit::of).toList());
        }
    }
}
