package io.hikeshi.persistence;

import java.sql.SQLException;

/** Recognises unique-key violations, which the deduplication of Slack requests relies on. */
public final class Constraints {

    private Constraints() {
    }

    /** True when {@code failure} was caused by a unique or primary key violation (SQLSTATE 23505). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
