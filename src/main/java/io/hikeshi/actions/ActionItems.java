package io.hikeshi.actions;

import io.hikeshi.chat.ChatText;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.incident.OpenActions;
import io.hikeshi.input.TextField;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.OnceOnly;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Adds follow-up action items to incidents and marks them done. The change, its timeline entry, the key of the
 * request that asked for it and the card refresh are one transaction, so a retried request or a second click on
 * "Done" changes nothing.
 */
@ApplicationScoped
public class ActionItems implements OpenActions {

    /** Timeline kinds. */
    static final String ADDED = "action_item_added";
    static final String DONE = "action_item_done";

    /**
     * Someone asks for a follow-up.
     *
     * @param requestKey the Slack request, so that a retry of it adds nothing
     * @param text       what needs doing, as the person wrote it (words only: it never mentions anyone)
     * @param ownerId    who should do it, or null
     */
    public record NewActionItem(String requestKey, long incidentId, String text, String ownerId, String addedBy) {
    }

    /** What a click on "Done" achieved. */
    public enum DoneOutcome { MARKED_DONE, ALREADY_DONE, UNKNOWN_ITEM }

    private final Timeline timeline;
    private final RequestLedger ledger;
    private final IncidentEffects effects;
    private final Outbox outbox;
    private final Clock clock;

    ActionItems(Timeline timeline, RequestLedger ledger, IncidentEffects effects, Outbox outbox, Clock clock) {
        this.timeline = timeline;
        this.ledger = ledger;
        this.effects = effects;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Adds the item, once per request: a repeated request is accepted and changes nothing. */
    public void add(NewActionItem request) throws InvalidActionItemException {
        String text = request.text() == null ? "" : request.text().strip();
        Optional<String> problem = problemWith(text);
        if (problem.isPresent()) {
            throw new InvalidActionItemException(problem.get());
        }
        // A retried command finds its key recorded and adds nothing.
        OnceOnly.run(() -> {
            record(request, text);
            return true;
        }, () -> false);
    }

    /** A sentence saying what is wrong with the text of an action item, or empty when it is fine. */
    static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Say what needs doing: the action item needs some text.");
        }
        return TextField.ACTION_ITEM.problemWith(text);
    }

    /**
     * Marks the item done by {@code userId}, once however often it is clicked. When the click came from someone's
     * private list, {@code listToRefresh} is where that list can be replaced with the open items left.
     */
    public DoneOutcome markDone(long itemId, String userId, Optional<String> listToRefresh) {
        return OnceOnly.run(() -> recordDone(itemId, userId, listToRefresh), () -> {
            // A concurrent click won; the list that was clicked should still show what is left.
            QuarkusTransaction.requiringNew().run(() -> ActionItem.<ActionItem>findByIdOptional(itemId)
                    .ifPresent(item -> refreshList(item.incidentId, listToRefresh)));
            return DoneOutcome.ALREADY_DONE;
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IncidentCard.OpenAction> open(long incidentId) {
        return ActionItem.<ActionItem>find("incidentId = ?1 and doneAt is null order by id", incidentId).stream()
                .map(item -> new IncidentCard.OpenAction(item.id, item.text, item.ownerId))
                .toList();
    }

    /** Every item of one incident, done or not, oldest first: what the postmortem and the web UI list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> all(long incidentId) {
        return ActionItem.<ActionItem>find("incidentId = ?1 order by id", incidentId).stream()
                .map(i -> new Item(i.id, i.text, i.ownerId, i.createdBy, i.createdAt, i.doneBy, i.doneAt))
                .toList();
    }

    /** An action item as other features read it; {@code doneAt} is null while it is open. */
    public record Item(long id, String text, String ownerId, String createdBy, java.time.Instant createdAt,
                       String doneBy, java.time.Instant doneAt) {
        public boolean done() {
            return doneAt != null;
        }
    }

    private void record(NewActionItem request, String text) {
        ledger.record(request.requestKey(), request.incidentId());
        ActionItem item = new ActionItem();
        item.incidentId = request.incidentId();
        item.text = text;
        item.ownerId = request.ownerId();
        item.createdBy = request.addedBy();
        item.createdAt = clock.instant();
        item.persist();
        ChatText.Builder entry = ChatText.builder().words("Action item added: " + text);
        if (request.ownerId() != null) {
            entry.words(" (owner ").user(request.ownerId()).words(")");
        }
        timeline.record(request.incidentId(), ADDED, request.addedBy(), entry.build());
        effects.refreshCard(request.incidentId());
    }

    private DoneOutcome recordDone(long itemId, String userId, Optional<String> listToRefresh) {
        Optional<ActionItem> found = ActionItem.findByIdOptional(itemId);
        if (found.isEmpty()) {
            return DoneOutcome.UNKNOWN_ITEM;
        }
        ActionItem item = found.get();
        if (item.doneAt != null) {
            refreshList(item.incidentId, listToRefresh);
            return DoneOutcome.ALREADY_DONE;
        }
        ledger.record("action-item-done:" + item.id, item.incidentId);
        item.doneAt = clock.instant();
        item.doneBy = userId;
        timeline.record(item.incidentId, DONE, userId, "Action item done: " + item.text);
        effects.refreshCard(item.incidentId);
        refreshList(item.incidentId, listToRefresh);
        return DoneOutcome.MARKED_DONE;
    }

    private void refreshList(long incidentId, Optional<String> listToRefresh) {
        listToRefresh.ifPresent(address ->
                outbox.enqueue(ActionListRefresh.KIND, incidentId, new ActionListRefresh.ReplyTo(address)));
    }
}
