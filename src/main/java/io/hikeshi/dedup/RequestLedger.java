package io.hikeshi.dedup;

import io.hikeshi.persistence.OnceOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Remembers which Slack requests were handled. Recording a key twice fails on the table's unique key, so a
 * request retried by Slack, or a form submitted twice, changes state once even across replicas.
 */
@ApplicationScoped
public class RequestLedger {

    private final EntityManager em;
    private final Clock clock;

    RequestLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The incident a handled request led to; empty when the request is new or led to none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> incidentFor(String key) {
        ProcessedSlackRequest seen = em.find(ProcessedSlackRequest.class, key);
        return seen == null ? Optional.empty() : Optional.ofNullable(seen.incidentId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seen(String key) {
        return em.find(ProcessedSlackRequest.class, key) != null;
    }

    /**
     * Records the key in the caller's transaction and flushes, so a duplicate fails here (with a
     * {@link jakarta.persistence.PersistenceException}) rather than at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String key, Long incidentId) {
        ProcessedSlackRequest processed = new ProcessedSlackRequest();
        processed.requestKey = key;
        processed.incidentId = incidentId;
        processed.receivedAt = clock.instant();
        em.persist(processed);
        em.flush();
    }

    /** Records the key in its own transaction; false when it was already there. */
    public boolean firstTime(String key) {
        return OnceOnly.run(() -> {
            record(key, null);
            return true;
        }, () -> false);
    }
}
