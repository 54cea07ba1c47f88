package io.hikeshi.postmortem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads postmortems for the web UI and the API. */
@ApplicationScoped
public class PostmortemQueries {

    /** The incident's postmortem with its newest text, versions and status history; empty when not drafted yet. */
    @Transactional
    public Optional<PostmortemView> of(long incidentNumber) {
        return Postmortem.ofIncident(incidentNumber).map(p -> new PostmortemView(incidentNumber, p.status,
                versionIn(p.id, p.currentVersion),
                PostmortemVersion.allOf(p.id).stream().map(v -> view(v, false)).toList(),
                PostmortemStatusChange.<PostmortemStatusChange>list("postmortemId = ?1 order by changedAt, id", p.id)
                        .stream().map(c -> new PostmortemView.StatusChange(c.status, c.version, c.changedBy,
                                c.changedAt)).toList()));
    }

    /** One version with its text. */
    @Transactional
    public Optional<PostmortemView.Version> version(long incidentNumber, int number) {
        return Postmortem.ofIncident(incidentNumber).flatMap(p -> PostmortemVersion.of(p.id, number))
                .map(v -> view(v, true));
    }

    /** The lines that changed from the version before {@code version} to it; every line added for version 1. */
    @Transactional
    public List<LineDiff.Line> changesIn(long incidentNumber, PostmortemView.Version version) {
        String before = version.number() > 1 ? version(incidentNumber, version.number() - 1)
                .map(PostmortemView.Version::markdown).orElse("") : "";
        return LineDiff.between(before, version.markdown());
    }

    /** The newest text as Markdown, for export; reads only the newest version. */
    @Transactional
    public Optional<String> markdown(long incidentNumber) {
        return Postmortem.ofIncident(incidentNumber).map(p -> versionIn(p.id, p.currentVersion).markdown());
    }

    @Transactional
    PostmortemView.Version current(long incidentNumber) {
        Postmortem postmortem = Postmortem.ofIncident(incidentNumber).orElseThrow();
        return versionIn(postmortem.id, postmortem.currentVersion);
    }

    @Transactional
    PostmortemView.Version versionIn(long postmortemId, int number) {
        return view(PostmortemVersion.of(postmortemId, number).orElseThrow(), true);
    }

    private static PostmortemView.Version view(PostmortemVersion v, boolean withText) {
        return new PostmortemView.Version(v.number, v.author, v.origin, v.template, v.note, v.createdAt,
                withText ? v.markdown : null);
    }
}
