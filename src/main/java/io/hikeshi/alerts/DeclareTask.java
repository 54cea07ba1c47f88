package io.hikeshi.alerts;

import io.hikeshi.incident.Declaration;
import io.hikeshi.incident.DeclareRequest;
import io.hikeshi.incident.IncidentDeclarer;
import io.hikeshi.incident.InvalidDeclarationException;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.runbook.RunbookPosts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Declares the incident a route asked for. The request key is the group's, so a retry after a crash finds the
 * incident declared before; the route's runbooks are posted once each. A declaration the incident feature refuses
 * (a severity since removed from the configuration) turns the group into a triage message, so it is not lost.
 */
@ApplicationScoped
class DeclareTask implements OutboxTask<AlertTasks.GroupRef> {

    private static final Logger LOG = Logger.getLogger(DeclareTask.class);

    private final IncidentDeclarer declarer;
    private final RunbookPosts runbooks;
    private final GroupAttachment attachment;

    DeclareTask(IncidentDeclarer declarer, RunbookPosts runbooks, GroupAttachment attachment) {
        this.declarer = declarer;
        this.runbooks = runbooks;
        this.attachment = attachment;
    }

    @Override
    public OutboxKind<AlertTasks.GroupRef> kind() {
        return AlertTasks.DECLARE;
    }

    @Override
    public Completion perform(AlertTasks.GroupRef ref, OutboxMessage message) {
        DeclareRequest request = QuarkusTransaction.requiringNew().call(() -> request(ref.group()));
        if (request == null) {
            return Completion.NOTHING;
        }
        Declaration declaration;
        try {
            declaration = declarer.declare(request);
        } catch (InvalidDeclarationException e) {
            LOG.warnf("Alert group %d: the route's declaration was refused (%s); asking in a triage message instead",
                    ref.group(), e.field());
            return () -> attachment.askInstead(ref.group());
        }
        Decision decision = QuarkusTransaction.requiringNew().call(
                () -> AlertMaps.decision(AlertGroup.<AlertGroup>findById(ref.group()).decision));
        for (String runbook : decision.runbooks()) {
            RunbookPosts.Outcome outcome = runbooks.post("alert-runbook:" + ref.group() + ":" + runbook,
                    declaration.number(), runbook, null);
            if (outcome instanceof RunbookPosts.NotFound) {
                LOG.warnf("Alert route %s names a runbook that does not exist (%d characters)", decision.route(),
                        runbook.length());
            }
        }
        return () -> attachment.attach(ref.group(), declaration.number(), null);
    }

    /** The declaration the group's route asked for; null when the group already has its incident. */
    private static DeclareRequest request(long groupId) {
        AlertGroup group = AlertGroup.findById(groupId);
        if (group == null || group.incidentId != null) {
            return null;
        }
        Decision decision = AlertMaps.decision(group.decision);
        java.util.List<Alert> alerts = AlertGroups.alerts(groupId);
        String description = alerts.isEmpty() ? null : AlertGroups.item(alerts.get(0)).summary();
        return new DeclareRequest("alert-group:" + groupId, decision.title(), decision.severity(), description,
                decision.drill(), decision.commander(), null, decision.services(), AlertGroups.firstStart(groupId),
                "an alert (" + AlertSource.valueOf(group.source.toUpperCase(java.util.Locale.ROOT)).label()
                        + ", route " + AlertTemplate.oneLine(decision.route(), 100) + ")", null);
    }
}
