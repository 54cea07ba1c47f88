package io.hikeshi.summary;

import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.roles.RoleChanged;
import io.hikeshi.roles.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * A new commander gets a private brief: the catch-up, the open action items and the unticked checklist items. It
 * is queued with the assignment itself; performing the entry starts the catch-up, which is then delivered by DM.
 */
@ApplicationScoped
class HandoverBrief implements OutboxTask {

    static final String KIND = "handover_brief";

    private final Outbox outbox;
    private final CatchUps catchUps;

    HandoverBrief(Outbox outbox, CatchUps catchUps) {
        this.outbox = outbox;
        this.catchUps = catchUps;
    }

    void commanderChanged(@Observes RoleChanged change) {
        if (Roles.COMMANDER.equals(change.role())) {
            outbox.enqueue(KIND, change.incidentId(), Map.of("user", change.userId()));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Completion perform(OutboxMessage message) {
        catchUps.request(new CatchUps.Request(message.incidentId(), message.require("user"), CatchUps.Audience.DIRECT,
                null, true));
        return Completion.NOTHING;
    }
}
