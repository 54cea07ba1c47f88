package io.hikeshi.alerts;

import io.hikeshi.persistence.Constraints;
import io.hikeshi.persistence.Rows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock row of each source and group key. It is created in a transaction of its own (a unique-key clash inside
 * the notification's transaction would spoil it on PostgreSQL), then locked by each notification of the group.
 */
@ApplicationScoped
class GroupKeys {

    private final Rows rows;
    /** Key rows are never deleted by the app, so their ids can be remembered; saves a transaction per notification. */
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    GroupKeys(Rows rows) {
        this.rows = rows;
    }

    /** The id of the key's row, created if needed; safe when several notifications of a new group race. */
    long ensure(AlertSource source, String groupKey) {
        String hash = hash(groupKey);
        return known.computeIfAbsent(source.key() + ":" + hash, ignored -> create(source, hash));
    }

    /** Forgets a remembered key whose row is gone (only tests delete them). */
    void forget(AlertSource source, String groupKey) {
        known.remove(source.key() + ":" + hash(groupKey));
    }

    private long create(AlertSource source, String hash) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> find(source, hash).orElseGet(() -> rows.insert(
                        "insert into alert_group_key (source, key_hash) values (?, ?)", source.key(), hash)));
            } catch (RuntimeException e) {
                if (!Constraints.isUniqueViolation(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Locks the key's row until the caller's transaction ends; returns the group open for it, if any.
     *
     * @throws KeyGoneException when the row no longer exists
     */
    Long lock(long keyId) {
        Object[] row = rows.findRow("select id, current_group_id from alert_group_key where id = ? for update", keyId)
                .orElseThrow(KeyGoneException::new);
        return row[1] == null ? null : ((Number) row[1]).longValue();
    }

    /** The remembered key row was deleted. */
    static final class KeyGoneException extends RuntimeException {
        KeyGoneException() {
            super("alert group key row is gone", null, false, false);
        }
    }

    void setCurrent(long keyId, long groupId) {
        rows.execute("update alert_group_key set current_group_id = ? where id = ?", groupId, keyId);
    }

    /** Locks the key row of a group, so work on the group waits for notifications being stored and vice versa. */
    void lockGroup(long groupId) {
        rows.findRow("select id from alert_group_key where current_group_id = ? for update", groupId);
    }

    private java.util.Optional<Long> find(AlertSource source, String hash) {
        return rows.findLong("select id from alert_group_key where source = ? and key_hash = ?", source.key(), hash);
    }

    static String hash(String groupKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(groupKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
