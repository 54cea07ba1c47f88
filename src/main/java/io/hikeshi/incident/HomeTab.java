package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.persistence.OnceOnly;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The app's home tab: the open incidents, published when someone opens it. */
@ApplicationScoped
public class HomeTab implements OutboxTask {

    private final IncidentRoomChat chat;
    private final IncidentCards cards;
    private final RequestLedger ledger;
    private final Outbox outbox;

    HomeTab(IncidentRoomChat chat, IncidentCards cards, RequestLedger ledger, Outbox outbox) {
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
            outbox.enqueue(IncidentTasks.PUBLISH_HOME, null, Map.of("user", userId));
            return true;
        }, () -> false);
    }

    @Override
    public String kind() {
        return IncidentTasks.PUBLISH_HOME;
    }

    @Override
    public Completion perform(OutboxMessage message) throws ChatException {
        chat.publishHome(message.require("user"), cards.open());
        return Completion.NOTHING;
    }
}
