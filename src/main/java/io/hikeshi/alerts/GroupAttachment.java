package io.hikeshi.alerts;

import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a group to the incident declared from it: the alerts so far go into the timeline at the times they
 * happened, and from then on every change does; the card (and the triage message, if any) is refreshed.
 */
@ApplicationScoped
class GroupAttachment {

    private final GroupKeys keys;
    private final GroupEffects effects;
    private final Outbox outbox;

    GroupAttachment(GroupKeys keys, GroupEffects effects, Outbox outbox) {
        this.keys = keys;
        this.effects = effects;
        this.outbox = outbox;
    }

    /** @param declaredBy who declared it from the triage message; null when the route did */
    @Transactional(Transactional.TxType.MANDATORY)
    void attach(long groupId, long incidentId, String declaredBy) {
        keys.lockGroup(groupId);
        AlertGroup group = AlertGroup.findById(groupId);
        if (group.incidentId != null) {
            return;
        }
        group.incidentId = incidentId;
        group.declaredBy = declaredBy;
        group.closedAt = null;
        List<AlertChange> history = new ArrayList<>();
        for (Alert alert : AlertGroups.alerts(groupId)) {
            history.add(new AlertChange(AlertChange.Kind.FIRING, alert.name, AlertMaps.pairs(alert.labels),
                    alert.startsAt, alert.link));
            if (!alert.firing) {
                history.add(new AlertChange(AlertChange.Kind.RESOLVED, alert.name, AlertMaps.pairs(alert.labels),
                        alert.endsAt != null ? alert.endsAt : alert.changedAt, alert.link));
            }
        }
        effects.record(incidentId, history);
        effects.refreshNow(group);
        if (group.allResolvedAt != null) {
            outbox.enqueueInLane(GroupEffects.lane(group), AlertTasks.ALL_RESOLVED, incidentId,
                    new AlertTasks.GroupRef(groupId), null);
        }
    }

    /** The route could not declare: ask in a triage message instead. */
    @Transactional(Transactional.TxType.MANDATORY)
    void askInstead(long groupId) {
        keys.lockGroup(groupId);
        AlertGroup group = AlertGroup.findById(groupId);
        Decision decision = AlertMaps.decision(group.decision);
        group.action = RouteAction.Type.ASK.name();
        group.decision = AlertMaps.write(new Decision(decision.route(), RouteAction.Type.ASK, null, decision.title(),
                decision.services(), decision.runbooks(), decision.drill(), null, false, decision.channel()));
        effects.refreshNow(group);
    }
}
