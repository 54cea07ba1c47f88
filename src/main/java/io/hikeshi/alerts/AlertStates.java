package io.hikeshi.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the latest state of each alert of a group, by fingerprint. Only a change of state counts: a new alert, one
 * resolved, one firing again (after resolving, or with a new start); the same state sent again is not a change.
 */
final class AlertStates {

    private AlertStates() {
    }

    /** Applies the alerts of a notification to the stored ones, in the caller's transaction; returns what changed. */
    static List<AlertChange> apply(long groupId, List<ReceivedAlert> received, Instant now) {
        List<AlertChange> changes = new ArrayList<>();
        for (ReceivedAlert alert : received) {
            Alert stored = Alert.<Alert>find("groupId = ?1 and fingerprint = ?2", groupId, alert.fingerprint())
                    .firstResult();
            AlertChange.Kind kind;
            if (stored == null) {
                stored = new Alert();
                stored.groupId = groupId;
                stored.fingerprint = alert.fingerprint();
                stored.firstSeenAt = now;
                kind = alert.firing() ? AlertChange.Kind.FIRING : AlertChange.Kind.RESOLVED;
            } else if (stored.firing != alert.firing()) {
                kind = alert.firing() ? AlertChange.Kind.FIRING_AGAIN : AlertChange.Kind.RESOLVED;
            } else if (alert.firing() && alert.startsAt() != null && !Objects.equals(stored.startsAt, alert.startsAt())) {
                // It resolved and fired again between two notifications we saw.
                kind = AlertChange.Kind.FIRING_AGAIN;
            } else {
                continue;
            }
            write(stored, alert, now);
            Instant at = alert.firing() ? alert.startsAt() : alert.endsAt();
            changes.add(new AlertChange(kind, stored.name, alert.labels(), at != null ? at : now, stored.link));
        }
        return changes;
    }

    private static void write(Alert stored, ReceivedAlert alert, Instant now) {
        stored.name = AlertTemplate.oneLine(alert.name(), 500);
        stored.firing = alert.firing();
        stored.labels = AlertMaps.write(alert.labels());
        stored.annotations = AlertMaps.write(alert.annotations());
        stored.startsAt = alert.startsAt() != null ? alert.startsAt() : stored.startsAt != null ? stored.startsAt : now;
        stored.endsAt = alert.firing() ? null : (alert.endsAt() != null ? alert.endsAt() : now);
        stored.link = alert.link();
        stored.changedAt = now;
        if (stored.id == null) {
            stored.persist();
        }
    }
}
