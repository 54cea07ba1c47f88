package io.hikeshi.logging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure as the log may show it: the kinds of the exceptions in its chain and any SQL state, never a message.
 * Messages carry what failed to be stored or sent (a database error quotes the value that did not fit), and that
 * is user text, which the log never holds.
 */
public final class LoggedFailure {

    private static final int MAX_CHAIN = 8;

    private LoggedFailure() {
    }

    /** E.g. {@code DataException ← JdbcSQLDataException (SQL state 22001)}. */
    public static String describe(Throwable failure) {
        List<String> kinds = new ArrayList<>();
        String sqlState = null;
        for (Throwable t = failure; t != null && kinds.size() < MAX_CHAIN; t = t.getCause() == t ? null : t.getCause()) {
            kinds.add(t.getClass().getSimpleName());
            if (sqlState == null && t instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        return String.join(" ← ", kinds) + (sqlState == null ? "" : " (SQL state " + sqlState + ")");
    }
}
