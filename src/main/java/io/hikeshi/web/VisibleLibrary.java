package io.hikeshi.web;

import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.insights.Insights;
import io.hikeshi.insights.Period;
import io.hikeshi.library.LibraryConfig;
import io.hikeshi.library.LibrarySearch;
import io.hikeshi.library.SearchQuery;
import io.hikeshi.library.SimilarIncident;
import io.hikeshi.library.SimilarIncidents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Search, similar incidents and repeat incidents as one person may see them: the library leaves out, inside its
 * queries, the private incidents they are not a member of (so totals and rankings never count them). The one place the
 * web asks the library for lists that name incidents.
 */
@ApplicationScoped
class VisibleLibrary {

    private final LibrarySearch search;
    private final SimilarIncidents similar;
    private final Insights insights;
    private final LibraryConfig config;

    VisibleLibrary(LibrarySearch search, SimilarIncidents similar, Insights insights, LibraryConfig config) {
        this.search = search;
        this.similar = similar;
        this.insights = insights;
        this.config = config;
    }

    LibrarySearch.Results search(SearchQuery query, IncidentAccess.Visibility visibility) {
        return search.search(query, visibility);
    }

    List<SimilarIncident> similar(long number, boolean drills, IncidentAccess.Visibility visibility) {
        return similar.forIncident(number, drills, config.similarLimit(), visibility);
    }

    /** Counts and durations over every incident; repeat-incident groups of the incidents the person may see. */
    Insights.Report insights(Period period, IncidentAccess.Visibility visibility) {
        return insights.report(period, visibility);
    }
}
