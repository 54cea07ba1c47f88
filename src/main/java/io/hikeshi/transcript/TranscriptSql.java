package io.hikeshi.transcript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes transcript events in batches with plain JDBC. Every statement is idempotent (insert if absent, newer edit
 * wins, deletion sticks), so replaying a batch, in whole or in part, leaves the same rows.
 */
final class TranscriptSql {

    // ON CONFLICT DO NOTHING: PostgreSQL, and H2 in its PostgreSQL mode.
    private static final String INSERT = "insert into transcript_message (incident_id, channel_id, ts, thread_ts,"
            + " user_id, text, edited_ts, deleted, captured_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    private static final String EDIT = "update transcript_message set text = ?, edited_ts = ? where channel_id = ?"
            + " and ts = ? and deleted = false and (edited_ts is null or edited_ts < ?)";
    private static final String DELETE = "update transcript_message set deleted = true, text = '' where channel_id = ?"
            + " and ts = ? and deleted = false";
    static final int MAX_TEXT = 40_000;

    private TranscriptSql() {
    }

    /** The incident of each channel that is an incident channel. */
    static Map<String, Long> incidentsOf(Connection connection, Collection<String> channelIds) throws SQLException {
        Map<String, Long> incidents = new HashMap<>();
        if (channelIds.isEmpty()) {
            return incidents;
        }
        String marks = String.join(",", java.util.Collections.nCopies(channelIds.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
                "select channel_id, id from incident where channel_id in (" + marks + ")")) {
            int i = 1;
            for (String channel : channelIds) {
                select.setString(i++, channel);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    incidents.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return incidents;
    }

    /** Applies the events of incident channels in order; events of other channels are skipped. Returns how many applied. */
    static int apply(Connection connection, List<TranscriptEvent> events, Map<String, Long> incidents, Instant now)
            throws SQLException {
        int applied = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement edit = connection.prepareStatement(EDIT);
             PreparedStatement delete = connection.prepareStatement(DELETE)) {
            // Inserts first, then edits and deletions: each insert only fills a gap, so this order gives the same
            // rows as applying the events one by one.
            for (TranscriptEvent event : events) {
                Long incident = incidents.get(event.channelId());
                if (incident == null) {
                    continue;
                }
                applied++;
                boolean tombstone = event.kind() == TranscriptEvent.Kind.DELETED;
                insert.setLong(1, incident);
                insert.setString(2, event.channelId());
                insert.setString(3, event.messageId());
                insert.setString(4, event.threadId());
                insert.setString(5, event.userId());
                insert.setString(6, tombstone ? "" : fit(event.text()));
                insert.setString(7, event.editedId());
                insert.setBoolean(8, tombstone);
                insert.setTimestamp(9, Timestamp.from(now));
                insert.addBatch();
                if (event.kind() == TranscriptEvent.Kind.EDITED && event.editedId() != null) {
                    edit.setString(1, fit(event.text()));
                    edit.setString(2, event.editedId());
                    edit.setString(3, event.channelId());
                    edit.setString(4, event.messageId());
                    edit.setString(5, event.editedId());
                    edit.addBatch();
                } else if (tombstone) {
                    delete.setString(1, event.channelId());
                    delete.setString(2, event.messageId());
                    delete.addBatch();
                }
            }
            insert.executeBatch();
            edit.executeBatch();
            delete.executeBatch();
        }
        return applied;
    }

    /** Slack caps messages at 40,000 characters; the column holds as many. */
    private static String fit(String text) {
        String value = text == null ? "" : text;
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }
}
