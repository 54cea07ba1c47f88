package io.hikeshi.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Runs work in its own transaction that records a unique key (a Slack event id, a message, a click). When the key
 * is already there, because Slack retried or someone clicked twice, the work is rolled back and the caller gets
 * the answer for a repeat instead.
 */
public final class OnceOnly {

    private OnceOnly() {
    }

    public static <T> T run(Callable<T> work, Supplier<T> ifRepeated) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                return ifRepeated.get();
            }
            throw e;
        }
    }
}
