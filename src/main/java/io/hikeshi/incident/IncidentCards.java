package io.hikeshi.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads incidents as the cards Slack and the web UI show. */
@ApplicationScoped
public class IncidentCards {

    private final RoleHolders roles;
    private final Severities severities;
    private final OpenActions actions;
    private final TriggeringAlerts alerts;

    IncidentCards(RoleHolders roles, Severities severities, OpenActions actions, TriggeringAlerts alerts) {
        this.roles = roles;
        this.severities = severities;
        this.actions = actions;
        this.alerts = alerts;
    }

    @Transactional
    public Optional<IncidentCard> byNumber(long number) {
        return Incident.<Incident>findByIdOptional(number).map(this::card);
    }

    @Transactional
    IncidentCard require(long number) {
        return byNumber(number).orElseThrow(() -> new IllegalStateException("incident " + number + " does not exist"));
    }

    /** The incident whose channel this is. */
    @Transactional
    public Optional<IncidentCard> byChannel(String channelId) {
        return Incident.<Incident>find("channelId", channelId).firstResultOptional().map(this::card);
    }

    /** Incidents not yet resolved that exist for this audience, most recent first. */
    @Transactional
    public List<IncidentCard> open(IncidentAccess.Visibility visibility) {
        return Incident.<Incident>list("status <> ?1 order by id desc", IncidentStatus.RESOLVED)
                .stream().filter(incident -> visibility.allows(incident.id)).map(this::card).toList();
    }

    IncidentCard card(Incident incident) {
        Map<String, String> otherRoles = new LinkedHashMap<>(roles.held(incident.id));
        otherRoles.remove(RoleHolders.COMMANDER);
        otherRoles.remove(RoleHolders.SCRIBE);
        IncidentUpdate latest = IncidentUpdate.latest(incident.id);
        Durations durations = Durations.of(incident);
        return new IncidentCard(incident.id, incident.reference(), incident.title, incident.description,
                incident.severity, severities.impactOf(incident.severity), incident.status.label(), incident.drill,
                roles.holder(incident.id, RoleHolders.COMMANDER).orElse(null),
                roles.holder(incident.id, RoleHolders.SCRIBE).orElse(null),
                incident.channelId, incident.channelName, incident.declaredBy, incident.declaredAt, otherRoles,
                latest == null ? null : new IncidentCard.Update(latest.summary(), latest.author, latest.postedAt),
                new IncidentCard.Timing(durations.toDetect(), durations.toMitigate(), durations.toResolve()),
                actions.open(incident.id), alerts.of(incident.id), incident.privateIncident);
    }
}
