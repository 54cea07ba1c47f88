package io.hikeshi.alerts;

import io.hikeshi.incident.IncidentConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Stores a notification durably before its sender gets an answer: the group it belongs to (opened, and routed, by
 * its first notification), the latest state of each alert, and the work that follows, queued in the same
 * transaction. Notifications of one group are stored one after the other; one that changes nothing (a resend, a
 * repeat) is recognised and leaves everything as it was.
 */
@ApplicationScoped
class AlertIntake {

    /** What storing a notification did. */
    record Receipt(long groupId, String route, String action, int changes, boolean repeated) {
    }

    private final GroupKeys keys;
    private final AlertRoutes routes;
    private final AlertsConfig config;
    private final IncidentConfig incidents;
    private final GroupEffects effects;
    private final AlertMetrics metrics;
    private final Clock clock;

    AlertIntake(GroupKeys keys, AlertRoutes routes, AlertsConfig config, IncidentConfig incidents,
                GroupEffects effects, AlertMetrics metrics, Clock clock) {
        this.keys = keys;
        this.routes = routes;
        this.config = config;
        this.incidents = incidents;
        this.effects = effects;
        this.metrics = metrics;
        this.clock = clock;
    }

    Receipt receive(Notification notification) {
        Receipt receipt;
        try {
            long keyId = keys.ensure(notification.source(), notification.groupKey());
            receipt = QuarkusTransaction.requiringNew().call(() -> store(keyId, notification));
        } catch (GroupKeys.KeyGoneException e) {
            keys.forget(notification.source(), notification.groupKey());
            long keyId = keys.ensure(notification.source(), notification.groupKey());
            receipt = QuarkusTransaction.requiringNew().call(() -> store(keyId, notification));
        }
        metrics.received(notification.source(), receipt);
        return receipt;
    }

    private Receipt store(long keyId, Notification notification) {
        Long current = keys.lock(keyId);
        AlertGroup group = current == null ? null : AlertGroup.findById(current);
        boolean opened = group == null || group.closedAt != null;
        if (opened && notification.alerts().stream().noneMatch(ReceivedAlert::firing)) {
            return resolvedAfterTheEnd(group, notification);
        }
        if (opened) {
            group = open(notification);
            keys.setCurrent(keyId, group.id);
        }
        List<AlertChange> changes = AlertStates.apply(group.id, notification.alerts(), clock.instant());
        if (!opened && changes.isEmpty()) {
            return new Receipt(group.id, group.routeName, group.action, 0, true);
        }
        effects.changed(group, opened, changes);
        return new Receipt(group.id, group.routeName, group.action, changes.size(), false);
    }

    /**
     * Resolutions that come after their group ended (its incident was resolved first) open nothing: they are
     * recorded on that group, and on its incident's timeline.
     */
    private Receipt resolvedAfterTheEnd(AlertGroup ended, Notification notification) {
        if (ended == null) {
            return new Receipt(0, "none", RouteAction.Type.IGNORE.name(), 0, true);
        }
        List<AlertChange> changes = AlertStates.apply(ended.id, notification.alerts(), clock.instant());
        if (ended.incidentId != null) {
            effects.record(ended.incidentId, changes);
        }
        return new Receipt(ended.id, ended.routeName, ended.action, changes.size(), changes.isEmpty());
    }

    private AlertGroup open(Notification notification) {
        ReceivedAlert first = notification.alerts().stream().filter(ReceivedAlert::firing).findFirst()
                .orElse(notification.alerts().get(0));
        AlertRoute route = routes.snapshot().route(first.labels(), first.annotations());
        Decision decision = Decision.of(route, first, config.commander().filter(id -> !id.isBlank()).orElse(null),
                incidents.announceChannel().filter(id -> !id.isBlank()).orElse(null));
        AlertGroup group = new AlertGroup();
        group.source = notification.source().key();
        group.groupKey = notification.groupKey();
        group.routeName = AlertTemplate.oneLine(decision.route(), 200);
        group.action = decision.type().name();
        group.decision = AlertMaps.write(decision);
        group.createdAt = clock.instant();
        group.persist();
        return group;
    }
}
