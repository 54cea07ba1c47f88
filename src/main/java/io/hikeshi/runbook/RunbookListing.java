package io.hikeshi.runbook;

import io.hikeshi.incident.IncidentCard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What {@code /incident runbook} shows: the runbooks that match the incident, best first, then all the others. */
@ApplicationScoped
public class RunbookListing {

    /**
     * @param matching  runbooks with a score above 0 for this incident, best first
     * @param others    the rest, by name
     * @param threshold the score at which a runbook is posted on declare
     * @param errors    files left out of the catalog, so people can tell whoever keeps the runbooks
     */
    public record Listing(List<RunbookMatcher.Scored> matching, List<Runbook> others, int threshold,
                          String firstResponse, List<RunbookProblem> errors) {
    }

    private final RunbookCatalog catalog;
    private final RunbookConfig config;
    RunbookListing(RunbookCatalog catalog, RunbookConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    public Listing list(IncidentCard incident) {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<RunbookMatcher.Scored> ranked = RunbookMatcher.rank(snapshot.runbooks(), facts(incident));
        return new Listing(ranked.stream().filter(scored -> scored.score() > 0).toList(),
                ranked.stream().filter(scored -> scored.score() == 0).map(RunbookMatcher.Scored::runbook).toList(),
                config.threshold(), config.firstResponse(),
                snapshot.problems().stream().filter(RunbookProblem::error).toList());
    }

    static RunbookMatcher.IncidentFacts facts(IncidentCard incident) {
        return new RunbookMatcher.IncidentFacts(incident.title(), incident.description(), incident.severity());
    }
}
