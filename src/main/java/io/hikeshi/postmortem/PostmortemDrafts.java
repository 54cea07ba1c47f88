package io.hikeshi.postmortem;

import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentResolved;
import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Drafts postmortems: on resolve and on request, a draft is queued in the outbox (so resolving stays fast and a
 * crash resumes it), rendered by {@link PostmortemTasks.Draft} and stored here as the next version, after which the
 * channel and the announcement thread are told and the draft is shared as a file ({@link PostmortemDrafted} is
 * fired for whatever else learns from a draft).
 */
@ApplicationScoped
public class PostmortemDrafts {

    /** What asking for a new draft achieved. */
    public enum Requested { QUEUED, ALREADY_QUEUED }

    static final String DRAFTED_BY = "hikeshi";

    private final Outbox outbox;
    private final IncidentQueries incidents;
    private final Clock clock;
    private final Event<PostmortemDrafted> drafted;

    PostmortemDrafts(Outbox outbox, IncidentQueries incidents, Clock clock, Event<PostmortemDrafted> drafted) {
        this.outbox = outbox;
        this.incidents = incidents;
        this.clock = clock;
        this.drafted = drafted;
    }

    /** Queues the first draft in the transaction that resolves the incident. */
    void onResolved(@Observes IncidentResolved resolved) {
        outbox.enqueue(PostmortemTasks.DRAFT, resolved.incidentId(),
                new PostmortemTasks.DraftPayload(resolved.resolvedBy(), true));
    }

    /**
     * Queues a new version drafted from the latest facts ({@code /incident postmortem}). A published postmortem is
     * not redrafted: it goes back to draft in the web UI first.
     */
    @Transactional
    public Requested regenerate(long incidentId, String requestedBy) throws PostmortemRefusedException {
        var existing = Postmortem.ofIncident(incidentId);
        if (existing.isPresent() && existing.get().status == PostmortemStatus.PUBLISHED) {
            String reference = incidents.byNumber(incidentId).orElseThrow().reference();
            throw new PostmortemRefusedException("The postmortem of " + reference + " is published, so"
                    + " it is not redrafted. Move it back to draft in the web UI to redraft it.");
        }
        if (outbox.hasPending(incidentId, PostmortemTasks.DRAFT)) {
            return Requested.ALREADY_QUEUED;
        }
        outbox.enqueue(PostmortemTasks.DRAFT, incidentId, new PostmortemTasks.DraftPayload(requestedBy, false));
        return Requested.QUEUED;
    }

    /** The number the next version of this incident's postmortem will have; 1 when there is none yet. */
    @Transactional
    int nextVersion(long incidentId) {
        return Postmortem.ofIncident(incidentId).map(p -> p.currentVersion + 1).orElse(1);
    }

    /** Whether the incident's postmortem is published (and so is not redrafted). */
    @Transactional
    boolean published(long incidentId) {
        return Postmortem.ofIncident(incidentId).map(p -> p.status == PostmortemStatus.PUBLISHED).orElse(false);
    }

    /**
     * Stores a rendered draft as the next version and queues telling the channel (and the announcement thread
     * when {@code announce}) and sharing the file. Runs in the transaction that completes the outbox entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(long incidentId, DraftRenderer.Draft draft, boolean announce) {
        Instant now = clock.instant();
        Postmortem postmortem = Postmortem.ofIncident(incidentId)
                .map(p -> Postmortem.<Postmortem>findById(p.id, LockModeType.PESSIMISTIC_WRITE))
                .orElseGet(() -> create(incidentId, now));
        if (postmortem.status == PostmortemStatus.PUBLISHED) {
            return;
        }
        PostmortemVersion version = new PostmortemVersion();
        version.postmortemId = postmortem.id;
        version.number = postmortem.currentVersion + 1;
        version.markdown = draft.markdown();
        version.author = DRAFTED_BY;
        version.origin = VersionOrigin.DRAFTED;
        version.template = draft.template();
        version.note = note(draft);
        version.createdAt = now;
        version.persist();
        postmortem.currentVersion = version.number;
        postmortem.updatedAt = now;
        outbox.enqueue(PostmortemTasks.NOTICE, incidentId, new PostmortemTasks.NoticePayload(version.number,
                PostmortemNotice.Event.DRAFTED, PostmortemTasks.Target.CHANNEL, null));
        if (announce) {
            outbox.enqueue(PostmortemTasks.NOTICE, incidentId, new PostmortemTasks.NoticePayload(version.number,
                    PostmortemNotice.Event.DRAFTED, PostmortemTasks.Target.THREAD, null));
        }
        outbox.enqueue(PostmortemTasks.FILE, incidentId, new PostmortemTasks.FilePayload(version.number));
        drafted.fire(new PostmortemDrafted(incidentId, version.number));
    }

    private Postmortem create(long incidentId, Instant now) {
        Postmortem postmortem = new Postmortem();
        postmortem.incidentId = incidentId;
        postmortem.status = PostmortemStatus.DRAFT;
        postmortem.currentVersion = 0;
        postmortem.createdAt = now;
        postmortem.updatedAt = now;
        postmortem.persist();
        PostmortemStatusChange change = new PostmortemStatusChange();
        change.postmortemId = postmortem.id;
        change.status = PostmortemStatus.DRAFT;
        change.version = 1;
        change.changedBy = DRAFTED_BY;
        change.changedAt = now;
        change.persist();
        return postmortem;
    }

    /** What the reviewers should know about how this draft was made: a template or the narrative failed. */
    private static String note(DraftRenderer.Draft draft) {
        String template = draft.problem() == null ? null : "Template " + draft.problem().describe()
                + " — the built-in default template was used instead.";
        if (template == null && draft.narrativeProblem() == null) {
            return null;
        }
        return fit(template == null ? draft.narrativeProblem() : draft.narrativeProblem() == null ? template
                : template + " " + draft.narrativeProblem());
    }

    private static String fit(String text) {
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }
}
