package io.hikeshi.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The outbox table as the worker uses it: claim due entries, then complete, reschedule or fail them. */
@ApplicationScoped
class OutboxStore {

    // SKIP LOCKED lets several replicas claim different entries at once (PostgreSQL and H2 2.x both have it).
    private static final String CLAIM = "select id from outbox_entry where state = 'PENDING' and next_attempt_at <= ?1"
            + " order by next_attempt_at, id fetch first ?2 rows only for update skip locked";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    OutboxStore(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** Claims up to {@code max} due entries by pushing their next attempt past the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<OutboxMessage> claim(int max, Duration lease) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM).setParameter(1, now).setParameter(2, max).getResultList();
        // An entry deleted since the select (only tests delete entries) is simply not claimed.
        return ids.stream().map(id -> em.find(OutboxEntry.class, id.longValue())).filter(Objects::nonNull).map(entry -> {
            boolean triedBefore = entry.firstTriedAt != null;
            OutboxMessage message = new OutboxMessage(entry.id, entry.kind, entry.incidentId, read(entry.payload),
                    entry.attempts, triedBefore ? entry.firstTriedAt : now, triedBefore);
            entry.nextAttemptAt = now.plus(lease);
            if (entry.firstTriedAt == null) {
                entry.firstTriedAt = now;
            }
            return message;
        }).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void complete(long id, OutboxTask.Completion completion) {
        completion.apply();
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        entry.state = OutboxEntry.State.DONE;
        entry.attempts++;
        entry.doneAt = clock.instant();
        entry.lastError = null;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void retryLater(long id, Duration delay, String error, boolean countAttempt) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (countAttempt) {
            entry.attempts++;
        }
        entry.nextAttemptAt = clock.instant().plus(delay);
        entry.lastError = truncate(error);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long id, String error) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        entry.state = OutboxEntry.State.FAILED;
        entry.attempts++;
        entry.doneAt = clock.instant();
        entry.lastError = truncate(error);
    }

    @Transactional
    long count(OutboxEntry.State state) {
        return OutboxEntry.count("state", state);
    }

    private Map<String, String> read(String payload) {
        try {
            return json.readValue(payload, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable outbox payload", e);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
