package io.hikeshi.alerts;

import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.incident.RoleHolders;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Every alert of an incident has resolved: the commander is told in the channel (an incident is a person's call to
 * close), or, when the route says {@code resolve-with-alerts}, the incident is resolved. Nothing is done when an
 * alert fired again in the meantime.
 */
@ApplicationScoped
class AllResolvedTask implements OutboxTask<AlertTasks.GroupRef> {

    private final IncidentEffects effects;
    private final IncidentProgress progress;
    private final RoleHolders roles;

    AllResolvedTask(IncidentEffects effects, IncidentProgress progress, RoleHolders roles) {
        this.effects = effects;
        this.progress = progress;
        this.roles = roles;
    }

    @Override
    public OutboxKind<AlertTasks.GroupRef> kind() {
        return AlertTasks.ALL_RESOLVED;
    }

    @Override
    public Completion perform(AlertTasks.GroupRef ref, OutboxMessage message) {
        record State(long incidentId, boolean stillResolved, Decision decision) {
        }
        State state = QuarkusTransaction.requiringNew().call(() -> {
            AlertGroup group = AlertGroup.findById(ref.group());
            return new State(group.incidentId, group.allResolvedAt != null, AlertMaps.decision(group.decision));
        });
        if (!state.stillResolved()) {
            return Completion.NOTHING;
        }
        Optional<String> commander = QuarkusTransaction.requiringNew()
                .call(() -> roles.holder(state.incidentId(), RoleHolders.COMMANDER));
        if (state.decision().resolveWithAlerts() && state.decision().type() == RouteAction.Type.DECLARE) {
            try {
                progress.resolve(state.incidentId(), "Every alert resolved; the alert route "
                        + AlertTemplate.oneLine(state.decision().route(), 100) + " resolves with its alerts.",
                        commander.orElse(state.decision().commander()));
            } catch (IncidentProgress.RefusedException alreadyResolved) {
                // Someone resolved it first.
            }
            return Completion.NOTHING;
        }
        ChatText.Builder text = ChatText.builder();
        commander.ifPresent(id -> text.user(id).words(" "));
        text.words("Every alert of this incident has resolved. It stays open until you resolve it: ")
                .command("resolve").words(" when you are satisfied.");
        return () -> effects.say(state.incidentId(), text.build());
    }
}
