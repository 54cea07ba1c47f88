package io.hikeshi.alerts;

import io.hikeshi.chat.ChatText;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What follows from a stored notification, in its transaction: a new group is declared or asked about; further
 * changes become timeline entries of the group's incident, or an update of its triage message, queued so that it
 * changes at most once per {@code hikeshi.alerts.update-every}; when the last alert resolves, the commander is told.
 */
@ApplicationScoped
class GroupEffects {

    /** Timeline kind of alert entries. */
    static final String TIMELINE_KIND = "alert";

    private final Outbox outbox;
    private final Timeline timeline;
    private final AlertsConfig config;
    private final Clock clock;

    GroupEffects(Outbox outbox, Timeline timeline, AlertsConfig config, Clock clock) {
        this.outbox = outbox;
        this.timeline = timeline;
        this.config = config;
        this.clock = clock;
    }

    void changed(AlertGroup group, boolean opened, List<AlertChange> changes) {
        boolean anyFiring = Alert.count("groupId = ?1 and firing = true", group.id) > 0;
        boolean allResolvedNow = !anyFiring && group.allResolvedAt == null;
        group.allResolvedAt = anyFiring ? null : (group.allResolvedAt != null ? group.allResolvedAt : clock.instant());
        if (opened) {
            switch (group.type()) {
                case DECLARE -> outbox.enqueueInLane(lane(group), AlertTasks.DECLARE, null,
                        new AlertTasks.GroupRef(group.id), null);
                case ASK -> refreshNow(group);
                case IGNORE -> { }
            }
        } else if (group.incidentId != null) {
            record(group.incidentId, changes);
            refreshLater(group);
        } else if (group.type() == RouteAction.Type.ASK) {
            refreshLater(group);
        }
        if (allResolvedNow && group.incidentId != null) {
            outbox.enqueueInLane(lane(group), AlertTasks.ALL_RESOLVED, group.incidentId,
                    new AlertTasks.GroupRef(group.id), null);
        }
        // A group waiting for its incident stays open; the incident's end closes it.
        boolean waitsForIncident = group.incidentId != null || group.type() == RouteAction.Type.DECLARE;
        if (!anyFiring && !waitsForIncident) {
            group.closedAt = clock.instant();
        }
    }

    /** Timeline entries for alert changes of an incident, at the time each happened. */
    void record(long incidentId, List<AlertChange> changes) {
        for (AlertChange change : changes) {
            timeline.record(incidentId, TIMELINE_KIND, null, ChatText.of(AlertWords.change(change)), change.at(),
                    change.link() != null && change.link().length() <= 500 ? change.link() : null);
        }
    }

    /** Updates the message or card now (a person acted on it), besides any update already waiting. */
    void refreshNow(AlertGroup group) {
        group.refreshQueued = true;
        outbox.enqueueInLane(lane(group), AlertTasks.REFRESH, group.incidentId, new AlertTasks.GroupRef(group.id),
                null);
    }

    /** Updates the message or card once the last update is {@code update-every} old; one waiting update is enough. */
    void refreshLater(AlertGroup group) {
        if (group.refreshQueued) {
            return;
        }
        group.refreshQueued = true;
        Instant notBefore = group.refreshedAt == null ? null : group.refreshedAt.plus(config.updateEvery());
        outbox.enqueueInLane(lane(group), AlertTasks.REFRESH, group.incidentId, new AlertTasks.GroupRef(group.id),
                notBefore);
    }

    static String lane(AlertGroup group) {
        return "alert-group-" + group.id;
    }
}
