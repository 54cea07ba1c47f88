package io.hikeshi.dedup;

import io.hikeshi.persistence.Constraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Handles a Slack request at most once per key, on whichever replica it lands and however often it comes. The
 * handling runs in one transaction, which the services it calls join, and the key is recorded with the answer in that
 * same transaction: of two copies handled at once, the second to commit fails on the key and rolls back everything it
 * did, then answers what the first answered. A copy arriving later is answered from the record without running.
 */
@ApplicationScoped
public class OncePerRequest {

    private static final Logger LOG = Logger.getLogger(OncePerRequest.class);

    /** One request's handling, and how its answer is kept and given again. */
    public interface Handling<T> {

        /** Handles the request; state changes join the transaction that records the key. */
        T run();

        /** The answer to keep; empty when it cannot be kept (it is sent later), and then the key is not recorded. */
        Optional<Answer> answer(T result);

        /** The answer to a repeat: the first answer, or empty when none was kept. */
        T repeat(Optional<Answer> first);
    }

    private final RequestLedger ledger;
    private final TransactionManager transactions;

    OncePerRequest(RequestLedger ledger, TransactionManager transactions) {
        this.ledger = ledger;
        this.transactions = transactions;
    }

    public <T> T handle(String key, Handling<T> handling) {
        Optional<Optional<Answer>> earlier = ledger.answerTo(key);
        if (earlier.isPresent()) {
            return handling.repeat(earlier.get());
        }
        begin();
        T result;
        try {
            result = handling.run();
        } catch (RuntimeException e) {
            rollback();
            // It may have failed on a lock a copy held, a copy that has committed since: then that answer stands.
            Optional<Optional<Answer>> first = answerIfAny(key);
            if (first.isPresent()) {
                return handling.repeat(first.get());
            }
            throw e;
        } catch (Error e) {
            rollback();
            throw e;
        }
        Optional<Answer> answer = handling.answer(result);
        if (!active() || answer.map(a -> !a.accepted()).orElse(false)) {
            // Refused or not taken: nothing to keep, so a repeat is handled afresh.
            rollback();
            return result;
        }
        try {
            answer.ifPresent(a -> ledger.remember(key, a));
            transactions.commit();
            return result;
        } catch (Exception e) {
            rollback();
            // A copy handled at the same time committed first: on the key itself, or (H2) on a lock it held.
            Optional<Optional<Answer>> first = ledger.answerTo(key);
            if (Constraints.isUniqueViolation(e) || first.isPresent()) {
                LOG.debugf("A copy of Slack request %s was handled first; its answer stands", key);
                return handling.repeat(first.flatMap(answerOfFirst -> answerOfFirst));
            }
            throw new IllegalStateException("could not record the handling of a Slack request", e);
        }
    }

    private Optional<Optional<Answer>> answerIfAny(String key) {
        try {
            return ledger.answerTo(key);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void begin() {
        try {
            transactions.begin();
        } catch (Exception e) {
            throw new IllegalStateException("could not start a transaction for a Slack request", e);
        }
    }

    private boolean active() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return false;
        }
    }

    private void rollback() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.warnf("Could not roll back the handling of a Slack request: %s", e.getClass().getSimpleName());
        }
    }
}
