package io.hikeshi.catchup;

import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.roles.RoleChanged;
import io.hikeshi.roles.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.OptionalInt;

/**
 * A new commander gets a private brief: the catch-up, the open action items and the unticked checklist items. It
 * is queued with the assignment itself and made like any requested catch-up ({@link CatchUpTask}): the entry is done
 * only once the brief is stored and its direct message queued, and a brief that cannot be made becomes a notice with
 * a button to try again.
 */
@ApplicationScoped
class HandoverBrief implements OutboxTask<HandoverBrief.NewCommander> {

    static final OutboxKind<NewCommander> KIND = OutboxKind.of(OutboxKinds.HANDOVER_BRIEF, NewCommander.class);

    /** Who the brief is for. */
    record NewCommander(String user) {
    }

    private final Outbox outbox;
    private final CatchUpTask catchUps;

    HandoverBrief(Outbox outbox, CatchUpTask catchUps) {
        this.outbox = outbox;
        this.catchUps = catchUps;
    }

    void commanderChanged(@Observes RoleChanged change) {
        if (Roles.COMMANDER.equals(change.role())) {
            outbox.enqueueApart(CatchUpTask.LANE, KIND, change.incidentId(), new NewCommander(change.userId()));
        }
    }

    @Override
    public OutboxKind<HandoverBrief.NewCommander> kind() {
        return KIND;
    }

    @Override
    public Completion perform(HandoverBrief.NewCommander payload, OutboxMessage message) {
        return catchUps.make(brief(payload, message));
    }

    @Override
    public Completion givingUp(HandoverBrief.NewCommander payload, OutboxMessage message, String error) {
        return catchUps.failureNotice(brief(payload, message));
    }

    @Override
    public OptionalInt maxAttempts() {
        return OptionalInt.of(CatchUpTask.MAX_ATTEMPTS);
    }

    private static CatchUps.Request brief(NewCommander payload, OutboxMessage message) {
        return new CatchUps.Request(message.incidentId(), payload.user(), CatchUps.Audience.DIRECT, null, true);
    }
}
