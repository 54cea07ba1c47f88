package io.hikeshi.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The outbox table as the worker uses it: claim the next entry of a free lane, then complete, reschedule or fail it. */
@ApplicationScoped
class OutboxStore {

    /*
     * A due entry is claimable when it is the first due entry of its lane and nothing of its lane is claimed by a live
     * worker (entries without a lane stand alone). SKIP LOCKED lets replicas and workers claim different lanes at
     * once; two claimants of one lane both see the same first entry, so the second skips it and finds nothing else
     * of that lane (PostgreSQL and H2 2.x both have it).
     */
    private static final String CLAIM = "select e.id from outbox_entry e where e.state = 'PENDING'"
            + " and e.next_attempt_at <= :now and (e.claimed_until is null or e.claimed_until <= :leaseNow)"
            + " and (e.lane is null or (e.id = (select min(h.id) from outbox_entry h where h.lane = e.lane"
            + "   and h.state = 'PENDING' and h.next_attempt_at <= :now)"
            + "  and not exists (select 1 from outbox_entry c where c.lane = e.lane and c.state = 'PENDING'"
            + "   and c.claimed_until > :leaseNow)))"
            + " order by e.next_attempt_at, e.id fetch first 1 rows only for update skip locked";

    /**
     * Claims run out by the real clock, not the application's: a lease measures how long a worker has been silent,
     * and must not end early because the application's time was moved (a test clock, or a business-time setting).
     */
    private static final Clock LEASE_CLOCK = Clock.systemUTC();

    private final EntityManager em;
    private final Clock clock;

    OutboxStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Claims the next due entry of a lane nobody works on, for {@code owner} until {@code lease} from now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<OutboxMessage> claim(String owner, Duration lease) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM).setParameter("now", now)
                .setParameter("leaseNow", LEASE_CLOCK.instant()).getResultList();
        // An entry deleted since the select (only tests delete entries) is simply not claimed.
        OutboxEntry entry = ids.isEmpty() ? null : em.find(OutboxEntry.class, ids.get(0).longValue());
        if (entry == null || !take(entry.id, owner, now, lease)) {
            return Optional.empty();
        }
        boolean triedBefore = entry.firstTriedAt != null;
        return Optional.of(new OutboxMessage(entry.id, entry.kind, entry.incidentId, entry.payload,
                entry.attempts, triedBefore ? entry.firstTriedAt : now, triedBefore));
    }

    /**
     * Takes the claim unless someone took it since the select: a claimant whose select read the table before another
     * committed its claim may still lock the row afterwards, so the condition is checked again on the row as it is.
     */
    private boolean take(long id, String owner, Instant now, Duration lease) {
        Instant leaseNow = LEASE_CLOCK.instant();
        return em.createNativeQuery("update outbox_entry set claimed_by = :owner, claimed_until = :until,"
                + " first_tried_at = coalesce(first_tried_at, :now) where id = :id and state = 'PENDING'"
                + " and (claimed_until is null or claimed_until <= :leaseNow)")
                .setParameter("owner", owner).setParameter("until", leaseNow.plus(lease)).setParameter("now", now)
                .setParameter("leaseNow", leaseNow).setParameter("id", id).executeUpdate() == 1;
    }

    /** Keeps the claims of entries still being performed by {@code owner}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void extend(Collection<Long> ids, String owner, Duration lease) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("update outbox_entry set claimed_until = :until where id in (:ids)"
                + " and claimed_by = :owner and state = 'PENDING'")
                .setParameter("until", LEASE_CLOCK.instant().plus(lease)).setParameter("ids", ids)
                .setParameter("owner", owner).executeUpdate();
    }

    /**
     * Records success and applies the completion, unless the entry was finished meanwhile (by a worker that took over
     * a claim it thought dead): then the completion is dropped, so its follow-up work is never queued twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean complete(long id, OutboxTask.Completion completion) {
        OutboxEntry entry = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.state != OutboxEntry.State.PENDING) {
            return false;
        }
        completion.apply();
        entry.state = OutboxEntry.State.DONE;
        entry.attempts++;
        entry.doneAt = clock.instant();
        entry.lastError = null;
        release(entry);
        return true;
    }

    /** Schedules another attempt, unless another worker holds the entry now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void retryLater(long id, String owner, Duration delay, String error, boolean countAttempt) {
        OutboxEntry entry = owned(id, owner);
        if (entry == null) {
            return;
        }
        if (countAttempt) {
            entry.attempts++;
        }
        entry.nextAttemptAt = clock.instant().plus(delay);
        entry.lastError = truncate(error);
        release(entry);
    }

    /** Marks the entry failed and applies what its task does on giving up, unless another worker holds it now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long id, String owner, String error, OutboxTask.Completion givingUp) {
        OutboxEntry entry = owned(id, owner);
        if (entry == null) {
            return;
        }
        givingUp.apply();
        entry.state = OutboxEntry.State.FAILED;
        entry.attempts++;
        entry.doneAt = clock.instant();
        entry.lastError = truncate(error);
        release(entry);
    }

    /** Entries in each state of waiting, and the age of the oldest unfinished one. */
    @Transactional
    OutboxMetrics.Backlog backlog() {
        Instant now = clock.instant();
        Object[] row = (Object[]) em.createNativeQuery("select"
                + " sum(case when state = 'PENDING' and next_attempt_at <= :now and (claimed_until is null"
                + "   or claimed_until <= :leaseNow) then 1 else 0 end),"
                + " sum(case when state = 'PENDING' and next_attempt_at > :now and (claimed_until is null"
                + "   or claimed_until <= :leaseNow) then 1 else 0 end),"
                + " sum(case when state = 'PENDING' and claimed_until > :leaseNow then 1 else 0 end),"
                + " sum(case when state = 'FAILED' then 1 else 0 end),"
                + " min(case when state = 'PENDING' then created_at end)"
                + " from outbox_entry where state <> 'DONE'").setParameter("now", now)
                .setParameter("leaseNow", LEASE_CLOCK.instant()).getSingleResult();
        Instant oldest = row[4] == null ? null : toInstant(row[4]);
        return new OutboxMetrics.Backlog(number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                oldest == null ? Duration.ZERO : Duration.between(oldest, now));
    }

    private OutboxEntry owned(long id, String owner) {
        OutboxEntry entry = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.state != OutboxEntry.State.PENDING
                || entry.claimedBy != null && !entry.claimedBy.equals(owner)) {
            return null;
        }
        return entry;
    }

    private static void release(OutboxEntry entry) {
        entry.claimedBy = null;
        entry.claimedUntil = null;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }

    /** The kinds of the entries still waiting to be performed. */
    @Transactional
    Set<String> pendingKinds() {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("select distinct kind from outbox_entry where state = 'PENDING'")
                .getResultList();
        return Set.copyOf(kinds);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
