package io.hikeshi.dedup;

import io.hikeshi.persistence.OnceOnly;
import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which Slack requests were handled. Recording a key twice fails on the table's unique key, so a
 * request retried by Slack, or a form submitted twice, changes state once even across replicas.
 */
@ApplicationScoped
public class RequestLedger {

    private final Clock clock;
    private final Rows rows;

    RequestLedger(Clock clock, Rows rows) {
        this.clock = clock;
        this.rows = rows;
    }

    /** The incident a handled request led to; empty when the request is new or led to none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> incidentFor(String key) {
        return rows.findLong("select incident_id from processed_slack_request where request_key = ?", key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seen(String key) {
        return rows.findLong("select 1 from processed_slack_request where request_key = ?", key).isPresent();
    }

    /**
     * Records the key in the caller's transaction; a duplicate fails here, with an exception that
     * {@link io.hikeshi.persistence.Constraints#isUniqueViolation} recognises, rather than at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String key, Long incidentId) {
        rows.execute("insert into processed_slack_request (request_key, incident_id, received_at) values (?, ?, ?)",
                key, incidentId, clock.instant());
    }

    /**
     * The answer recorded with a handled request: empty when the request is new; present but empty when it was
     * handled without an answer being kept (a key recorded by a feature rather than at the Slack edge).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Optional<Answer>> answerTo(String key) {
        return rows.findRow("select answer_status, answer_type, answer_body from processed_slack_request"
                + " where request_key = ?", key).map(row -> row[0] == null ? Optional.empty()
                : Optional.of(new Answer(((Number) row[0]).intValue(), (String) row[1], (String) row[2])));
    }

    /** Records the key with its answer in the caller's transaction; a duplicate fails like {@link #record}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String key, Answer answer) {
        rows.execute("insert into processed_slack_request (request_key, incident_id, received_at, answer_status,"
                + " answer_type, answer_body) values (?, ?, ?, ?, ?, ?)", key, null, clock.instant(), answer.status(),
                answer.contentType(), answer.body());
    }

    /**
     * Forgets the requests handled at the Slack edge (those kept with an answer) before {@code before}; the keys
     * features record for themselves stay.
     */
    @Transactional
    public int forgetAnswersBefore(Instant before) {
        return rows.execute("delete from processed_slack_request where answer_status is not null and received_at < ?",
                before);
    }

    /** Records the key in its own transaction; false when it was already there. */
    public boolean firstTime(String key) {
        return OnceOnly.run(() -> {
            record(key, null);
            return true;
        }, () -> false);
    }
}
