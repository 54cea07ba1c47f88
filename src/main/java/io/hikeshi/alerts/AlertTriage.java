package io.hikeshi.alerts;

import io.hikeshi.incident.Declaration;
import io.hikeshi.incident.DeclareRequest;
import io.hikeshi.incident.IncidentDeclarer;
import io.hikeshi.incident.InvalidDeclarationException;
import io.hikeshi.incident.IncidentResolved;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** What people do with a triage message: declare an incident from it, or dismiss it; who did is recorded. */
@ApplicationScoped
public class AlertTriage {

    /** What the declare form starts with. */
    public record Draft(String title, String severity, String description) {
    }

    private final IncidentDeclarer declarer;
    private final GroupAttachment attachment;
    private final GroupKeys keys;
    private final GroupEffects effects;
    private final Clock clock;

    AlertTriage(IncidentDeclarer declarer, GroupAttachment attachment, GroupKeys keys, GroupEffects effects,
                Clock clock) {
        this.declarer = declarer;
        this.attachment = attachment;
        this.keys = keys;
        this.effects = effects;
        this.clock = clock;
    }

    /** The declare form's first values for a group; empty when the group is gone. */
    public Optional<Draft> draft(long groupId) {
        return QuarkusTransaction.requiringNew().call(() -> AlertGroup.<AlertGroup>findByIdOptional(groupId)
                .map(group -> {
                    Decision decision = AlertMaps.decision(group.decision);
                    TriageMessage message = AlertGroups.triage(group, decision, null);
                    String title = decision.title() != null ? decision.title()
                            : AlertTemplate.oneLine(message.headline(), Decision.MAX_TITLE);
                    StringBuilder description = new StringBuilder();
                    for (TriageMessage.Item item : message.alerts()) {
                        description.append(item.firing() ? "Firing: " : "Resolved: ").append(item.name())
                                .append(AlertWords.labels(item.labels()));
                        if (item.link() != null) {
                            description.append(' ').append(item.link());
                        }
                        description.append('\n');
                    }
                    return new Draft(title, decision.severity(),
                            AlertTemplate.oneLine(description.toString().replace('\n', ' '), 2_900));
                }));
    }

    /**
     * Declares from the form opened on a triage message, with the alerts' start as the impact's, and joins the
     * group to the incident.
     */
    public Declaration declare(long groupId, DeclareRequest typed) throws InvalidDeclarationException {
        Optional<AlertGroup> group = QuarkusTransaction.requiringNew().call(
                () -> AlertGroup.<AlertGroup>findByIdOptional(groupId));
        Declaration declaration = declarer.declare(new DeclareRequest(typed.requestKey(), typed.title(),
                typed.severity(), typed.description(), typed.drill(), typed.declaredBy(), typed.declaredInChannel(),
                typed.services(), group.isEmpty() ? null : QuarkusTransaction.requiringNew()
                .call(() -> AlertGroups.firstStart(groupId)), null, typed.declaredFrom())
                .asPrivate(typed.privateIncident()));
        if (group.isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> attachment.attach(groupId, declaration.number(),
                    typed.declaredBy()));
        }
        return declaration;
    }

    /** Records who dismissed the message and shows it; dismissing twice keeps the first. */
    public void dismiss(long groupId, String userId) {
        QuarkusTransaction.requiringNew().run(() -> {
            keys.lockGroup(groupId);
            AlertGroup group = AlertGroup.findById(groupId);
            if (group == null || group.dismissedBy != null || group.incidentId != null) {
                return;
            }
            group.dismissedBy = userId;
            group.dismissedAt = clock.instant();
            effects.refreshNow(group);
        });
    }

    /** An incident's end closes its groups: alerts of the same key after that start a new group. */
    void onResolved(@Observes IncidentResolved resolved) {
        AlertGroup.update("closedAt = ?1 where incidentId = ?2 and closedAt is null", clock.instant(),
                resolved.incidentId());
    }
}
