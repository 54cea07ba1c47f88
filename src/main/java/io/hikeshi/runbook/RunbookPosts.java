package io.hikeshi.runbook;

import io.hikeshi.chat.ChatText;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.OnceOnly;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Posts runbooks in incident channels: the first-response runbook and the best matches when the channel opens,
 * and any runbook on request. Each post is one transaction: a copy of the runbook, its checklist rows, a timeline
 * entry and the outbox entry that posts it.
 */
@ApplicationScoped
public class RunbookPosts {

    /** Timeline kind. */
    static final String POSTED = "runbook_posted";

    /** What asking for a runbook by name achieved. */
    public sealed interface Outcome permits Posted, NotFound, Repeated {
    }

    public record Posted(Runbook runbook) implements Outcome {
    }

    /** No runbook has that name or title; the nearest ones, nearest first. */
    public record NotFound(List<Runbook> nearest, int available) implements Outcome {
    }

    /** The same request was handled before (Slack retried it, or a button was clicked twice). */
    public record Repeated() implements Outcome {
    }

    private final RunbookCatalog catalog;
    private final RunbookConfig config;
    private final IncidentQueries incidents;
    private final Timeline timeline;
    private final RequestLedger ledger;
    private final Outbox outbox;
    private final IncidentEffects effects;
    private final Clock clock;

    RunbookPosts(RunbookCatalog catalog, RunbookConfig config, IncidentQueries incidents, Timeline timeline,
                 RequestLedger ledger, Outbox outbox, IncidentEffects effects, Clock clock) {
        this.catalog = catalog;
        this.config = config;
        this.incidents = incidents;
        this.timeline = timeline;
        this.ledger = ledger;
        this.outbox = outbox;
        this.effects = effects;
        this.clock = clock;
    }

    /**
     * Posts the runbook with this name or title, once per {@code requestKey}.
     *
     * @param userId who asked; the timeline says so
     */
    public Outcome post(String requestKey, long incidentId, String nameOrTitle, String userId) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Optional<Runbook> runbook = snapshot.find(nameOrTitle);
        if (runbook.isEmpty()) {
            return new NotFound(NearestNames.suggest(nameOrTitle, snapshot.runbooks()), snapshot.runbooks().size());
        }
        return OnceOnly.run(() -> {
            ledger.record(requestKey, incidentId);
            record(incidentId, runbook.get(), userId, null);
            return new Posted(runbook.get());
        }, Repeated::new);
    }

    /**
     * Posts the runbook whose "Post" button was clicked, once per {@code requestKey}. A runbook removed or renamed
     * since the list was shown cannot be posted: the person who clicked is told so privately in {@code channelId},
     * with {@code listCommand}, the command that lists the runbooks now.
     */
    public Outcome postClicked(String requestKey, long incidentId, String name, String userId, String channelId,
                               String listCommand) {
        Outcome outcome = post(requestKey, incidentId, name, userId);
        if (outcome instanceof NotFound notFound) {
            ChatText.Builder text = ChatText.builder().words("The runbook ").code(name)
                    .words(" is gone: it was renamed or removed after that list was shown.");
            for (int i = 0; i < notFound.nearest().size(); i++) {
                text.words(i == 0 ? " The nearest now: " : ", ").code(notFound.nearest().get(i).name());
            }
            text.words(notFound.nearest().isEmpty() ? "" : ".").words(" Type ").code(listCommand)
                    .words(" to see the current list.");
            return OnceOnly.run(() -> {
                ledger.record(requestKey, incidentId);
                effects.tellPrivatelyIn(incidentId, channelId, userId, text.build());
                return outcome;
            }, Repeated::new);
        }
        return outcome;
    }

    /** The runbooks for a new incident: first response, then up to the configured number of matches above the threshold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postOnDeclare(long incidentId) {
        Optional<IncidentRef> incident = incidents.byNumber(incidentId);
        if (incident.isEmpty()) {
            return;
        }
        for (Choice choice : onDeclare(catalog.snapshot(), RunbookListing.facts(incident.get()), config)) {
            record(incidentId, choice.runbook(), null, choice.reason());
        }
    }

    /** A runbook to post on declare, and why. */
    record Choice(Runbook runbook, String reason) {
    }

    /** The first-response runbook, then up to {@code postOnDeclare} others scoring at least the threshold. */
    static List<Choice> onDeclare(CatalogSnapshot snapshot, RunbookMatcher.IncidentFacts incident,
                                  RunbookConfig config) {
        List<Choice> choices = new ArrayList<>();
        snapshot.find(config.firstResponse())
                .ifPresent(first -> choices.add(new Choice(first, "posted on every declare")));
        RunbookMatcher.rank(snapshot.runbooks(), incident).stream()
                .filter(scored -> scored.score() >= config.threshold())
                .filter(scored -> !scored.runbook().name().equalsIgnoreCase(config.firstResponse()))
                .limit(config.postOnDeclare())
                .forEach(scored -> choices.add(new Choice(scored.runbook(), "matched " + String.join(", ",
                        scored.reasons()) + " (score " + scored.score() + ")")));
        return choices;
    }

    private void record(long incidentId, Runbook runbook, String userId, String reason) {
        RunbookPost post = new RunbookPost();
        post.incidentId = incidentId;
        post.runbookName = runbook.name();
        post.title = runbook.title();
        post.description = runbook.description();
        post.body = runbook.body();
        post.reason = reason;
        post.postedBy = userId;
        post.postedAt = clock.instant();
        post.persist();
        for (Markdown.Task task : runbook.checklist()) {
            RunbookItem item = new RunbookItem();
            item.postId = post.id;
            item.item = task.index();
            item.text = task.text();
            item.persist();
        }
        timeline.record(incidentId, POSTED, userId, "Runbook posted: " + runbook.title()
                + (reason == null ? "" : " (" + reason + ")"));
        outbox.enqueue(RunbookTasks.POST, incidentId, new RunbookTasks.PostPayload(post.id));
    }
}
