package io.hikeshi.outbox;

import io.hikeshi.chat.Delivery;
import java.time.Instant;

/**
 * An outbox entry handed to its task, which gets its payload read into the record of its kind beside it.
 *
 * @param payload      the payload as stored (JSON)
 * @param attempts     how many times it was tried before this attempt
 * @param firstTriedAt when the first attempt started; a retry looks for traces of earlier attempts after it
 * @param triedBefore  whether an earlier attempt started, including one cut short by a crash, which leaves
 *                     {@code attempts} unchanged but may already have reached the chat platform
 */
public record OutboxMessage(long id, String kind, Long incidentId, String payload, int attempts,
                            Instant firstTriedAt, boolean triedBefore) {

    /** A key unique to this side effect, for the chat platform to recognise a repeat of it. */
    public String deliveryKey() {
        return "hikeshi-outbox-" + id;
    }

    /** This entry's delivery, by which the chat platform recognises a repeat of an interrupted attempt. */
    public Delivery delivery() {
        return new Delivery(deliveryKey(), firstTriedAt, triedBefore);
    }

    public boolean isRetry() {
        return triedBefore;
    }
}
