package io.hikeshi.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads groups as the chat and the declare form need them. */
@ApplicationScoped
class AlertGroups {

    /** What a refresh of a group works from, read in one transaction. */
    record RefreshView(long groupId, Long incidentId, boolean triage, String channelId, String messageId,
                       TriageMessage message) {
    }

    @Transactional
    Optional<RefreshView> refreshView(long groupId, String incidentReference) {
        return AlertGroup.<AlertGroup>findByIdOptional(groupId).map(group -> {
            Decision decision = AlertMaps.decision(group.decision);
            boolean triage = decision.type() == RouteAction.Type.ASK;
            return new RefreshView(group.id, group.incidentId, triage, decision.channel(), group.messageTs,
                    triage(group, decision, incidentReference));
        });
    }

    static TriageMessage triage(AlertGroup group, Decision decision, String incidentReference) {
        List<Alert> alerts = alerts(group.id);
        List<TriageMessage.Item> shown = alerts.stream().limit(TriageMessage.MAX_SHOWN).map(AlertGroups::item).toList();
        int firing = (int) alerts.stream().filter(alert -> alert.firing).count();
        TriageMessage.State state = group.incidentId != null ? TriageMessage.State.DECLARED
                : group.dismissedBy != null ? TriageMessage.State.DISMISSED : TriageMessage.State.OPEN;
        String actor = state == TriageMessage.State.DECLARED ? group.declaredBy
                : state == TriageMessage.State.DISMISSED ? group.dismissedBy : null;
        return new TriageMessage(group.id, AlertSource.valueOf(group.source.toUpperCase(java.util.Locale.ROOT)).label(),
                decision.route(), state, actor, incidentReference, null, shown, firing, alerts.size() - firing,
                Math.max(0, alerts.size() - TriageMessage.MAX_SHOWN));
    }

    /** Firing first, then by start. */
    static List<Alert> alerts(long groupId) {
        return Alert.<Alert>list("groupId", groupId).stream()
                .sorted(Comparator.comparing((Alert alert) -> !alert.firing)
                        .thenComparing(alert -> alert.startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(alert -> alert.id))
                .toList();
    }

    static TriageMessage.Item item(Alert alert) {
        java.util.Map<String, String> annotations = AlertMaps.pairs(alert.annotations);
        String summary = annotations.get("summary") != null ? annotations.get("summary") : annotations.get("description");
        return new TriageMessage.Item(alert.name, alert.firing, AlertMaps.pairs(alert.labels),
                summary == null ? null : AlertTemplate.oneLine(summary, 300), alert.startsAt, alert.endsAt, alert.link);
    }

    /** When the first alert of a group began, for time to detect. */
    static Instant firstStart(long groupId) {
        return alerts(groupId).stream().map(alert -> alert.startsAt).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
