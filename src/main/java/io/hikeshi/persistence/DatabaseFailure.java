package io.hikeshi.persistence;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;

/** Recognises a failure of the database itself (unreachable, refused, rolled back), as opposed to a bug. */
public final class DatabaseFailure {

    private static final int MAX_CHAIN = 16;

    private DatabaseFailure() {
    }

    /** True when {@code failure} or one of its causes came from the database or its transaction. */
    public static boolean isCauseOf(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CHAIN; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof PersistenceException || t instanceof RollbackException
                    || t instanceof SystemException) {
                return true;
            }
            depth++;
        }
        return false;
    }
}
