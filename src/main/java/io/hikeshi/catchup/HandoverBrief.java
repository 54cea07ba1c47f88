package io.hikeshi.catchup;

import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.roles.RoleChanged;
import io.hikeshi.roles.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A new commander gets a private brief: the catch-up, the open action items and the unticked checklist items. It
 * is queued with the assignment itself and made like any requested catch-up ({@link CatchUpTask}): the entry is done
 * only once the brief is stored and its direct message queued, and a brief that cannot be made becomes a notice with
 * a button to try again.
 */
@ApplicationScoped
class HandoverBrief implements OutboxTask {

    static final String KIND = "handover_brief";

    private final Outbox outbox;
    private final CatchUpTask catchUps;

    HandoverBrief(Outbox outbox, CatchUpTask catchUps) {
        this.outbox = outbox;
        this.catchUps = catchUps;
    }

    void commanderChanged(@Observes RoleChanged change) {
        if (Roles.COMMANDER.equals(change.role())) {
            outbox.enqueueApart(CatchUpTask.LANE, KIND, change.incidentId(), Map.of("user", change.userId()));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Completion perform(OutboxMessage message) {
        return catchUps.make(brief(message));
    }

    @Override
    public Completion givingUp(OutboxMessage message, String error) {
        return catchUps.failureNotice(brief(message));
    }

    @Override
    public OptionalInt maxAttempts() {
        return OptionalInt.of(CatchUpTask.MAX_ATTEMPTS);
    }

    private static CatchUps.Request brief(OutboxMessage message) {
        return new CatchUps.Request(message.incidentId(), message.require("user"), CatchUps.Audience.DIRECT, null,
                true);
    }
}
