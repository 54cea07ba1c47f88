package io.hikeshi.outbox;

import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Enqueues chat side effects in the caller's transaction. */
@ApplicationScoped
public class Outbox {

    private final OutboxJson json;
    private final Clock clock;
    private final Event<OutboxEnqueued> enqueued;
    private final Rows rows;

    Outbox(OutboxJson json, Clock clock, Event<OutboxEnqueued> enqueued, Rows rows) {
        this.rows = rows;
        this.json = json;
        this.clock = clock;
        this.enqueued = enqueued;
    }

    /**
     * Queues a chat side effect of an incident (or, without one, one that stands alone). The side effects of one
     * incident are performed one at a time, in the order they were queued; other incidents' go on beside them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> void enqueue(OutboxKind<P> kind, Long incidentId, P payload) {
        insert(kind, incidentId, incidentId == null ? null : "incident-" + incidentId, payload);
    }

    /**
     * Queues work of an incident in a lane of its own beside the incident's chat side effects, for work that takes
     * long (a catch-up waiting for the model) and must not hold them up. Entries of one {@code lane} name and incident
     * run one at a time, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> void enqueueApart(String lane, OutboxKind<P> kind, long incidentId, P payload) {
        insert(kind, incidentId, lane + "-" + incidentId, payload);
    }

    /**
     * Queues work in a named lane (entries of one lane run one at a time, in order), to be performed no sooner than
     * {@code notBefore}: for work that is not an incident's, or that must be spaced out, like updates of one message.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> void enqueueInLane(String lane, OutboxKind<P> kind, Long incidentId, P payload, Instant notBefore) {
        insert(kind, incidentId, lane, payload, notBefore);
    }

    private <P> void insert(OutboxKind<P> kind, Long incidentId, String lane, P payload) {
        insert(kind, incidentId, lane, payload, null);
    }

    private <P> void insert(OutboxKind<P> kind, Long incidentId, String lane, P payload, Instant notBefore) {
        Instant now = clock.instant();
        Instant due = notBefore == null || notBefore.isBefore(now) ? now : notBefore;
        rows.execute("insert into outbox_entry (kind, incident_id, lane, payload, state, attempts, created_at,"
                + " next_attempt_at) values (?, ?, ?, ?, ?, 0, ?, ?)", kind.name(), incidentId, lane, json.write(payload),
                OutboxEntry.State.PENDING.name(), now, due);
        enqueued.fire(new OutboxEnqueued(kind.name()));
    }

    /** Queues an entry of a kind that carries nothing but its incident. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutboxKind<NoPayload> kind, long incidentId) {
        enqueue(kind, incidentId, NoPayload.NONE);
    }

    /** Whether an entry of this kind for this incident is still waiting to be performed. */
    @Transactional
    public boolean hasPending(long incidentId, OutboxKind<?> kind) {
        return OutboxEntry.count("incidentId = ?1 and kind = ?2 and state = ?3", incidentId, kind.name(),
                OutboxEntry.State.PENDING) > 0;
    }
}
