package io.hikeshi.library;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Similar past incidents: resolved incidents and imported postmortems (drills only when asked) ranked against an
 * incident's title, description, severity and services; empty when nothing is similar enough. Private incidents are
 * suggested only to those who may see them; what is posted in chat names public incidents only.
 */
@ApplicationScoped
public class SimilarIncidents {

    /**
     * The share of what an incident says (weighed by how rare each word is in the library) a past one must cover
     * to be suggested; chosen on the evaluation set (README, "Similar incidents").
     */
    static final double MIN_COVERAGE = 0.25;

    private final Library library;
    private final IncidentQueries incidents;
    private final LabelSource labels;
    private final LibraryConfig config;
    private final IncidentAccess access;

    SimilarIncidents(Library library, IncidentQueries incidents, LabelSource labels, LibraryConfig config,
                     IncidentAccess access) {
        this.library = library;
        this.incidents = incidents;
        this.labels = labels;
        this.config = config;
        this.access = access;
    }

    /**
     * For posting in the incident's channel, whose readers are not known to be any private incident's members: public
     * incidents only, up to the configured limit (3), best first, also for a private incident itself. Empty when the
     * incident does not exist or nothing is similar.
     */
    public List<SimilarIncident> forIncident(long incidentId, boolean includeDrills) {
        return rank(incidentId, includeDrills, config.similarLimit(), access.visibility(Audience.PUBLIC));
    }

    /** For someone who sees what {@code visibility} allows, up to the configured limit (3), best first. */
    public List<SimilarIncident> forIncident(long incidentId, boolean includeDrills,
                                             IncidentAccess.Visibility visibility) {
        return forIncident(incidentId, includeDrills, config.similarLimit(), visibility);
    }

    /**
     * For someone who sees what {@code visibility} allows, up to {@code limit}, best first; empty when the incident
     * itself is hidden from them.
     */
    public List<SimilarIncident> forIncident(long incidentId, boolean includeDrills, int limit,
                                             IncidentAccess.Visibility visibility) {
        return visibility.allows(incidentId) ? rank(incidentId, includeDrills, limit, visibility) : List.of();
    }

    private List<SimilarIncident> rank(long incidentId, boolean includeDrills, int limit,
                                       IncidentAccess.Visibility visibility) {
        Optional<IncidentRef> incident = incidents.byNumber(incidentId);
        if (incident.isEmpty()) {
            return List.of();
        }
        IncidentRef ref = incident.get();
        SimilarityRanker.Probe probe = new SimilarityRanker.Probe(ref.title(), ref.description(), ref.severity(),
                labels.of(incidentId).services(), LibraryDocument.incidentKey(incidentId), includeDrills, visibility);
        return new SimilarityRanker(library.index(), MIN_COVERAGE).rank(probe, limit).stream()
                .map(match -> of(match, ref.severity())).toList();
    }

    private static SimilarIncident of(SimilarityRanker.Match match, String severity) {
        LibraryDocument d = match.document();
        List<String> reasons = new ArrayList<>();
        if (!match.sharedServices().isEmpty()) {
            reasons.add("same services: " + String.join(", ", match.sharedServices()));
        }
        if (!match.terms().isEmpty()) {
            reasons.add("matched words: " + String.join(", ", match.terms()));
        }
        if (severity != null && severity.equalsIgnoreCase(d.severity())) {
            reasons.add("same severity: " + d.severity());
        }
        String passage = match.passage().text().strip();
        if (!passage.isEmpty() && match.passage().pieces().stream().anyMatch(Snippet.Piece::highlighted)) {
            reasons.add("passage: \u201C" + passage + "\u201D");
        }
        return new SimilarIncident(d.key(), d.number(), d.reference(), d.title(), d.source(), d.when(), d.severity(),
                match.score(), List.copyOf(reasons), d.rootCause(), d.resolution(), d.openActions(), d.page());
    }
}
