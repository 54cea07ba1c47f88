package io.hikeshi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The database's own pace for transcript rows, measured in the same run as the benchmark that depends on it: one row
 * per transaction (its commit rate), and 100 rows per transaction (what batching can reach at best). Rows go to a
 * channel no event uses, and are deleted afterwards.
 */
final class CommitFloor {

    /** Rows a second, committed one by one and in batches of {@link #BATCH}. */
    record Figures(double commitsPerSecond, double batchedRowsPerSecond) {
        String summary() {
            return "%.0f commits/s one row each; %.0f rows/s in batches of %d".formatted(commitsPerSecond,
                    batchedRowsPerSecond, BATCH);
        }
    }

    static final int BATCH = 100;
    private static final String CHANNEL = "CFLOORBENCH";
    private static final String INSERT = "insert into transcript_message (incident_id, channel_id, ts, thread_ts,"
            + " user_id, text, edited_ts, deleted, captured_at) values (?, ?, ?, null, 'UFLOOR', ?, null, false, ?)";

    private CommitFloor() {
    }

    static Figures measure(DataSource dataSource, long incidentId, Duration each) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            double single = rate(connection, incidentId, 1, each, 0);
            double batched = rate(connection, incidentId, BATCH, each, 1_000_000);
            connection.setAutoCommit(true);
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("delete from transcript_message where channel_id = '" + CHANNEL + "'");
            }
            return new Figures(single, batched);
        }
    }

    /** Rows a second, {@code perCommit} rows per transaction, for {@code duration}. */
    private static double rate(Connection connection, long incidentId, int perCommit, Duration duration, int firstTs)
            throws SQLException {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            while (System.nanoTime() < end) {
                for (int i = 0; i < perCommit; i++, rows++) {
                    insert.setLong(1, incidentId);
                    insert.setString(2, CHANNEL);
                    insert.setString(3, "1500000000.%07d".formatted(firstTs + rows));
                    insert.setString(4, "floor row " + rows + " about the incident");
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }
}
