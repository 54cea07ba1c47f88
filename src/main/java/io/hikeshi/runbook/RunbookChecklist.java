package io.hikeshi.runbook;

import io.hikeshi.outbox.Outbox;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Ticks and unticks the checklist items of posted runbooks. The change, its timeline entry and the message update
 * are one transaction; the change is conditional on the box's state, so a retried or doubled click, or two people
 * ticking the same box at once, records it once.
 */
@ApplicationScoped
public class RunbookChecklist {

    static final String TICKED = "runbook_ticked";
    static final String UNTICKED = "runbook_unticked";

    /** What a click on a checkbox achieved. */
    public enum Outcome { CHANGED, UNCHANGED, UNKNOWN_ITEM }

    private final Timeline timeline;
    private final Outbox outbox;
    private final Clock clock;

    RunbookChecklist(Timeline timeline, Outbox outbox, Clock clock) {
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sets item {@code item} of post {@code postId} to ticked or not, by {@code userId}. */
    public Outcome set(long postId, int item, boolean ticked, String userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RunbookPost post = RunbookPost.findById(postId);
            RunbookItem row = post == null ? null
                    : RunbookItem.<RunbookItem>find("postId = ?1 and item = ?2", postId, item).firstResult();
            if (row == null) {
                return Outcome.UNKNOWN_ITEM;
            }
            Instant now = clock.instant();
            int changed = ticked
                    ? RunbookItem.update("tickedBy = ?1, tickedAt = ?2 where id = ?3 and tickedBy is null", userId, now,
                            row.id)
                    : RunbookItem.update("tickedBy = null, tickedAt = null where id = ?1 and tickedBy is not null",
                            row.id);
            if (changed == 0) {
                return Outcome.UNCHANGED;
            }
            timeline.record(post.incidentId, ticked ? TICKED : UNTICKED, userId,
                    (ticked ? "Ticked" : "Unticked") + " in runbook " + post.title + ": " + row.text);
            outbox.enqueue(RunbookTasks.UPDATE, post.incidentId, Map.of(RunbookTasks.POST_ID, String.valueOf(postId),
                    RunbookTasks.ITEM, String.valueOf(item)));
            return Outcome.CHANGED;
        });
    }
}
