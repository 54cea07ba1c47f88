package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.persistence.OnceOnly;
import jakarta.enterprise.context.ApplicationScoped;

/** The app's home tab: the open incidents, published when someone opens it. */
@ApplicationScoped
public class HomeTab implements OutboxTask<IncidentTasks.Home> {

    private final IncidentRoomChat chat;
    private final IncidentCards cards;
    private final RequestLedger ledger;
    private final Outbox outbox;
    private final IncidentAccess access;

    HomeTab(IncidentRoomChat chat, IncidentCards cards, RequestLedger ledger, Outbox outbox, IncidentAccess access) {
        this.access = access;
        this.chat = chat;
        this.cards = cards;
        this.outbox = outbox;
        this.ledger = ledger;
    }

    /**
     * Queues a refresh of one user's home tab, once per Slack event: a retried event changes nothing.
     *
     * @return false when the event had been handled already
     */
    public boolean requestRefresh(String eventKey, String userId) {
        return OnceOnly.run(() -> {
            ledger.record(eventKey, null);
            outbox.enqueue(IncidentTasks.PUBLISH_HOME, null, new IncidentTasks.Home(userId));
            return true;
        }, () -> false);
    }

    @Override
    public OutboxKind<IncidentTasks.Home> kind() {
        return IncidentTasks.PUBLISH_HOME;
    }

    @Override
    public Completion perform(IncidentTasks.Home payload, OutboxMessage message) throws ChatException {
        chat.publishHome(payload.user(), cards.open(access.visibility(access.audience(payload.user()))));
        return Completion.NOTHING;
    }
}
