package io.hikeshi.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Enqueues chat side effects in the caller's transaction. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;
    private final Event<OutboxEnqueued> enqueued;
    private final Rows rows;

    Outbox(ObjectMapper json, Clock clock, Event<OutboxEnqueued> enqueued, Rows rows) {
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
    public void enqueue(String kind, Long incidentId, Map<String, String> payload) {
        insert(kind, incidentId, incidentId == null ? null : "incident-" + incidentId, payload);
    }

    /**
     * Queues work of an incident in a lane of its own beside the incident's chat side effects, for work that takes
     * long (a catch-up waiting for the model) and must not hold them up. Entries of one {@code lane} name and incident
     * run one at a time, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueApart(String lane, String kind, long incidentId, Map<String, String> payload) {
        insert(kind, incidentId, lane + "-" + incidentId, payload);
    }

    private void insert(String kind, Long incidentId, String lane, Map<String, String> payload) {
        Instant now = clock.instant();
        rows.execute("insert into outbox_entry (kind, incident_id, lane, payload, state, attempts, created_at,"
                + " next_attempt_at) values (?, ?, ?, ?, ?, 0, ?, ?)", kind, incidentId, lane, write(payload),
                OutboxEntry.State.PENDING.name(), now, now);
        enqueued.fire(new OutboxEnqueued(kind));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, long incidentId) {
        enqueue(kind, incidentId, Map.of());
    }

    /** Whether an entry of this kind for this incident is still waiting to be performed. */
    @Transactional
    public boolean hasPending(long incidentId, String kind) {
        return OutboxEntry.count("incidentId = ?1 and kind = ?2 and state = ?3", incidentId, kind,
                OutboxEntry.State.PENDING) > 0;
    }

    private String write(Map<String, String> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox payload is not serialisable", e);
        }
    }
}
