package io.hikeshi.alerts;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;

/** The outbox kinds of alerts; each task is its own class. */
final class AlertTasks {

    static final OutboxKind<GroupRef> DECLARE = OutboxKind.of(OutboxKinds.ALERT_DECLARE, GroupRef.class);
    static final OutboxKind<GroupRef> REFRESH = OutboxKind.of(OutboxKinds.ALERT_REFRESH, GroupRef.class);
    static final OutboxKind<GroupRef> ALL_RESOLVED = OutboxKind.of(OutboxKinds.ALERTS_RESOLVED, GroupRef.class);

    /** The alert group the work is about. */
    record GroupRef(@JsonFormat(shape = JsonFormat.Shape.STRING) long group) {
    }

    private AlertTasks() {
    }
}
