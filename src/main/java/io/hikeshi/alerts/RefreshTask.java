package io.hikeshi.alerts;

import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Shows a group's latest state: posts its triage message the first time and updates it in place after that, and
 * refreshes the card of its incident. When alerts changed while it rendered, another refresh is queued, spaced out
 * like the others.
 */
@ApplicationScoped
class RefreshTask implements OutboxTask<AlertTasks.GroupRef> {

    private static final Logger LOG = Logger.getLogger(RefreshTask.class);

    private final AlertGroups groups;
    private final AlertChat chat;
    private final IncidentQueries incidents;
    private final IncidentEffects incidentEffects;
    private final GroupEffects effects;
    private final GroupKeys keys;
    private final Clock clock;

    RefreshTask(AlertGroups groups, AlertChat chat, IncidentQueries incidents, IncidentEffects incidentEffects,
                GroupEffects effects, GroupKeys keys, Clock clock) {
        this.keys = keys;
        this.groups = groups;
        this.chat = chat;
        this.incidents = incidents;
        this.incidentEffects = incidentEffects;
        this.effects = effects;
        this.clock = clock;
    }

    @Override
    public OutboxKind<AlertTasks.GroupRef> kind() {
        return AlertTasks.REFRESH;
    }

    @Override
    public Completion perform(AlertTasks.GroupRef ref, OutboxMessage message) throws ChatException {
        Instant renderedAt = clock.instant();
        Long incidentId = QuarkusTransaction.requiringNew().call(() -> {
            AlertGroup group = AlertGroup.findById(ref.group());
            return group == null ? null : group.incidentId;
        });
        // The triage channel is no place for a private incident's reference: it says only that one was declared.
        String reference = incidentId == null ? null : incidents.byNumber(incidentId)
                .map(incident -> incident.privateIncident() ? "a private incident" : incident.reference()).orElse(null);
        Optional<AlertGroups.RefreshView> view = groups.refreshView(ref.group(), reference);
        if (view.isEmpty()) {
            return Completion.NOTHING;
        }
        String messageId = view.get().messageId();
        if (view.get().triage()) {
            if (view.get().channelId() == null) {
                LOG.warnf("Alert group %d: no channel for its triage message; set HIKESHI_ANNOUNCE_CHANNEL or the"
                        + " route's ask.channel", ref.group());
            } else if (messageId == null) {
                messageId = chat.postTriage(view.get().channelId(), view.get().message(), message.delivery());
            } else {
                chat.updateTriage(view.get().channelId(), messageId, view.get().message());
            }
        }
        String posted = messageId;
        return () -> complete(ref.group(), posted, renderedAt);
    }

    private void complete(long groupId, String messageId, Instant renderedAt) {
        // Notifications of the group change it too: take its lock first, so neither overwrites the other.
        keys.lockGroup(groupId);
        AlertGroup group = AlertGroup.findById(groupId);
        group.messageTs = messageId;
        group.refreshQueued = false;
        group.refreshedAt = renderedAt;
        if (group.incidentId != null) {
            incidentEffects.refreshCard(group.incidentId);
        }
        boolean changedSince = Alert.count("groupId = ?1 and changedAt > ?2", groupId, renderedAt) > 0
                || (group.dismissedAt != null && group.dismissedAt.isAfter(renderedAt));
        if (changedSince) {
            effects.refreshLater(group);
        }
    }
}
