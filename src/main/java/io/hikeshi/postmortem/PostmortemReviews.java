package io.hikeshi.postmortem;

import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.Constraints;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;

/**
 * People's changes to a postmortem from the web UI: edits saved as new versions and status moves. Each names the
 * version it was made from; when someone else saved a newer one first, it is refused as stale, never overwritten.
 */
@ApplicationScoped
public class PostmortemReviews {

    /** The largest text kept; far beyond any postmortem people write. */
    public static final int MAX_LENGTH = 200_000;

    private final Outbox outbox;
    private final PostmortemQueries queries;
    private final IncidentQueries incidents;
    private final Clock clock;

    PostmortemReviews(Outbox outbox, PostmortemQueries queries, IncidentQueries incidents, Clock clock) {
        this.outbox = outbox;
        this.queries = queries;
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Saves {@code markdown} as the version after {@code baseVersion}; returns the number of the newest version. */
    public int edit(long incidentNumber, int baseVersion, String markdown, String author)
            throws StaleVersionException, PostmortemRefusedException {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        if (text.isBlank()) {
            throw new PostmortemRefusedException("The postmortem cannot be empty; nothing was saved.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new PostmortemRefusedException("The postmortem is " + text.length() + " characters long; keep it"
                    + " under " + MAX_LENGTH + " and link to longer material.");
        }
        return inTransaction(incidentNumber, baseVersion, () -> {
            Postmortem postmortem = lock(incidentNumber);
            if (!postmortem.status.editable()) {
                throw new PostmortemRefusedException("The postmortem is published. Move it back to draft to edit it.");
            }
            checkCurrent(postmortem, baseVersion);
            PostmortemVersion current = PostmortemVersion.of(postmortem.id, postmortem.currentVersion).orElseThrow();
            if (current.markdown.equals(text)) {
                return postmortem.currentVersion;
            }
            Instant now = clock.instant();
            PostmortemVersion version = new PostmortemVersion();
            version.postmortemId = postmortem.id;
            version.number = postmortem.currentVersion + 1;
            version.markdown = text;
            version.author = author;
            version.origin = VersionOrigin.EDITED;
            version.createdAt = now;
            version.persist();
            postmortem.currentVersion = version.number;
            postmortem.updatedAt = now;
            return version.number;
        });
    }

    /** Moves the postmortem to {@code status}; review and publication are announced in the channel and thread. */
    public void move(long incidentNumber, PostmortemStatus status, int baseVersion, String by)
            throws StaleVersionException, PostmortemRefusedException {
        inTransaction(incidentNumber, baseVersion, () -> {
            Postmortem postmortem = lock(incidentNumber);
            if (!postmortem.status.next().contains(status)) {
                throw new PostmortemRefusedException("A postmortem that is " + postmortem.status.label()
                        + " cannot move to " + status.label() + ".");
            }
            checkCurrent(postmortem, baseVersion);
            Instant now = clock.instant();
            PostmortemStatusChange change = new PostmortemStatusChange();
            change.postmortemId = postmortem.id;
            change.status = status;
            change.version = postmortem.currentVersion;
            change.changedBy = by;
            change.changedAt = now;
            change.persist();
            PostmortemNotice.Event event = switch (status) {
                case IN_REVIEW -> PostmortemNotice.Event.IN_REVIEW;
                case PUBLISHED -> PostmortemNotice.Event.PUBLISHED;
                case DRAFT -> PostmortemNotice.Event.BACK_TO_DRAFT;
            };
            postmortem.status = status;
            postmortem.updatedAt = now;
            if (status != PostmortemStatus.DRAFT) {
                notify(incidentNumber, postmortem.currentVersion, event, by);
            }
            return postmortem.currentVersion;
        });
    }

    private void notify(long incidentNumber, int version, PostmortemNotice.Event event, String by) {
        for (PostmortemTasks.Target target : PostmortemTasks.Target.values()) {
            outbox.enqueue(PostmortemTasks.NOTICE, incidentNumber,
                    new PostmortemTasks.NoticePayload(version, event, target, by));
        }
    }

    private Postmortem lock(long incidentNumber) throws PostmortemRefusedException {
        Postmortem found = Postmortem.ofIncident(incidentNumber).orElseThrow(() -> new PostmortemRefusedException(
                noPostmortem(incidentNumber)));
        return Postmortem.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
    }

    private String noPostmortem(long incidentNumber) {
        return incidents.byNumber(incidentNumber).map(i -> i.reference() + " has no postmortem"
                + " yet: it is drafted when the incident is resolved, or with /incident postmortem.")
                .orElse("There is no incident " + incidentNumber + ".");
    }

    private void checkCurrent(Postmortem postmortem, int baseVersion) throws StaleVersionException {
        if (postmortem.currentVersion != baseVersion) {
            throw new StaleVersionException(baseVersion, queries.versionIn(postmortem.id, postmortem.currentVersion));
        }
    }

    /** A change that may be refused; it runs in its own transaction, rolled back when refused. */
    @FunctionalInterface
    private interface Change {
        int apply() throws StaleVersionException, PostmortemRefusedException;
    }

    private int inTransaction(long incidentNumber, int baseVersion, Change change)
            throws StaleVersionException, PostmortemRefusedException {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                try {
                    return change.apply();
                } catch (StaleVersionException | PostmortemRefusedException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal refusal) {
            if (refusal.reason instanceof StaleVersionException stale) {
                throw stale;
            }
            throw (PostmortemRefusedException) refusal.reason;
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                // Someone saved the same base version at the same moment and won.
                throw new StaleVersionException(baseVersion, queries.current(incidentNumber));
            }
            throw e;
        }
    }

    /** Carries a refusal out of the transaction, which rolls back on it. */
    private static final class Refusal extends RuntimeException {
        private final Exception reason;

        Refusal(Exception reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
