package io.hikeshi.runbook;

import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Ticks and unticks the checklist items of posted runbooks. The change, its timeline entry and the message update
 * are one transaction; the change is conditional on the box's state, so a retried or doubled click, or two people
 * ticking the same box at once, records it once.
 */
@ApplicationScoped
public class RunbookChecklist {

    private static final Logger LOG = Logger.getLogger(RunbookChecklist.class);

    static final String TICKED = "runbook_ticked";
    static final String UNTICKED = "runbook_unticked";

    /** What a click on a checkbox achieved. */
    public enum Outcome { CHANGED, UNCHANGED, UNKNOWN_ITEM }

    /**
     * A click on the checkbox of item {@code item} of post {@code postId}.
     *
     * @param channelId   where the runbook was clicked, to answer the clicker privately there
     * @param listCommand the command that lists the runbooks, e.g. {@code /incident runbook}
     */
    public record Click(long postId, int item, boolean ticked, String userId, String channelId, String listCommand) {
    }

    private final Timeline timeline;
    private final Outbox outbox;
    private final IncidentQueries incidents;
    private final IncidentEffects effects;
    private final Clock clock;

    RunbookChecklist(Timeline timeline, Outbox outbox, IncidentQueries incidents, IncidentEffects effects,
                     Clock clock) {
        this.timeline = timeline;
        this.outbox = outbox;
        this.incidents = incidents;
        this.effects = effects;
        this.clock = clock;
    }

    /** Sets the clicked item to ticked or not; tells the clicker privately when the item is gone. */
    public Outcome set(Click click) {
        long postId = click.postId();
        int item = click.item();
        boolean ticked = click.ticked();
        String userId = click.userId();
        return QuarkusTransaction.joiningExisting().call(() -> {
            RunbookPost post = RunbookPost.findById(postId);
            RunbookItem row = post == null ? null
                    : RunbookItem.<RunbookItem>find("postId = ?1 and item = ?2", postId, item).firstResult();
            if (row == null) {
                tellItemGone(click, post == null ? null : post.incidentId);
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
            outbox.enqueue(RunbookTasks.UPDATE, post.incidentId, new RunbookTasks.UpdatePayload(postId, item));
            return Outcome.CHANGED;
        });
    }

    private void tellItemGone(Click click, Long incidentOfPost) {
        Optional<Long> incidentId = Optional.ofNullable(incidentOfPost).or(() -> click.channelId() == null
                ? Optional.empty() : incidents.byChannel(click.channelId()).map(IncidentRef::number));
        if (incidentId.isEmpty()) {
            LOG.warnf("A runbook checkbox of post %d was clicked outside any incident; nobody to tell", click.postId());
            return;
        }
        ChatText text = ChatText.builder()
                .words("That checklist item is no longer in this runbook (the runbook was posted again or changed"
                        + " since), so nothing was ticked or unticked. Type ")
                .code(click.listCommand()).words(" to see the runbooks and post the current one.").build();
        if (click.channelId() == null) {
            effects.tellPrivately(incidentId.get(), click.userId(), text);
        } else {
            effects.tellPrivatelyIn(incidentId.get(), click.channelId(), click.userId(), text);
        }
    }
}
