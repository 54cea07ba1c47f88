package io.hikeshi.web;

import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.insights.Insights;
import io.hikeshi.insights.Period;
import io.hikeshi.insights.RepeatIncidents;
import io.hikeshi.library.LibraryConfig;
import io.hikeshi.library.LibrarySearch;
import io.hikeshi.library.SearchHit;
import io.hikeshi.library.SearchQuery;
import io.hikeshi.library.SimilarIncident;
import io.hikeshi.library.SimilarIncidents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search, similar incidents and repeat incidents as one person may see them: private incidents they are not a member
 * of are left out. The one place the web asks the library for lists that name incidents.
 */
@ApplicationScoped
class VisibleLibrary {

    private static final Pattern INCIDENT_PAGE = Pattern.compile("/incidents/(\\d{1,18})(?:/.*)?");

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

    /** The hits the person may see; the total leaves out the hidden hits among them. */
    LibrarySearch.Results search(SearchQuery query, IncidentAccess.Visibility visibility) {
        LibrarySearch.Results all = search.search(query);
        List<SearchHit> hits = all.hits().stream().filter(h -> h.imported() || allows(visibility, h.page())).toList();
        return new LibrarySearch.Results(hits, all.total() - (all.hits().size() - hits.size()));
    }

    /** Up to the configured number of similar incidents, none of them hidden from the person. */
    List<SimilarIncident> similar(long number, boolean drills, IncidentAccess.Visibility visibility) {
        int limit = config.similarLimit();
        return similar.forIncident(number, drills, limit + visibility.hidden().size()).stream()
                .filter(s -> s.number() == null || visibility.allows(s.number())).limit(limit).toList();
    }

    /**
     * The period's report: counts and durations stay over every incident; repeat-incident groups lose the incidents
     * hidden from the person, and a group left with fewer than two goes.
     */
    Insights.Report insights(Period period, IncidentAccess.Visibility visibility) {
        Insights.Report report = insights.report(period);
        List<RepeatIncidents.Group> repeats = report.repeats().stream().map(g -> visible(g, visibility))
                .filter(g -> g.incidents().size() >= 2).toList();
        return new Insights.Report(report.period(), report.incidents(), report.byService(), report.byCause(),
                repeats);
    }

    private static RepeatIncidents.Group visible(RepeatIncidents.Group group, IncidentAccess.Visibility visibility) {
        List<RepeatIncidents.Member> members = group.incidents().stream()
                .filter(m -> visibility.allows(m.number())).toList();
        if (members.size() == group.incidents().size()) {
            return group;
        }
        // What the whole group shared may come from the hidden incidents: say no more than that they are alike.
        return new RepeatIncidents.Group(members, "similar incidents",
                members.stream().mapToInt(RepeatIncidents.Member::actionsDone).sum(),
                members.stream().mapToInt(RepeatIncidents.Member::actionsTotal).sum());
    }

    private static boolean allows(IncidentAccess.Visibility visibility, String page) {
        Matcher matcher = page == null ? null : INCIDENT_PAGE.matcher(page);
        return matcher == null || !matcher.matches() || visibility.allows(Long.parseLong(matcher.group(1)));
    }
}
