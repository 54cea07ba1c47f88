package io.hikeshi.roles;

import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assigns a role during an incident: relieves the previous holder (history kept), invites the assignee, sends them
 * the role's checklist privately, says it in the channel, records it on the timeline and refreshes the card.
 */
@ApplicationScoped
public class RoleAssigner {

    /** The outcome; {@code unchanged} when the person already held the role. */
    public record Assignment(String role, String userId, Optional<String> previous, boolean unchanged) {
    }

    /** The role does not exist; the message lists the ones that do. */
    public static class UnknownRoleException extends Exception {
        public UnknownRoleException(String message) {
            super(message);
        }
    }

    private final RolesConfig config;
    private final Roles roles;
    private final Timeline timeline;
    private final IncidentEffects effects;
    private final Event<RoleChanged> changed;

    RoleAssigner(RolesConfig config, Roles roles, Timeline timeline, IncidentEffects effects,
                 Event<RoleChanged> changed) {
        this.config = config;
        this.roles = roles;
        this.timeline = timeline;
        this.effects = effects;
        this.changed = changed;
    }

    public Assignment assign(long incidentId, String roleName, String userId, String assignedBy)
            throws UnknownRoleException {
        RolesConfig.Definition role = config.find(roleName).orElseThrow(() -> new UnknownRoleException(
                "There is no role `" + roleName + "`. The roles are: " + names() + "."));
        // Joins the Slack request's transaction, which records the request's key with the change.
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<String> previous = roles.holder(incidentId, role.name());
            if (previous.isPresent() && previous.get().equals(userId)) {
                return new Assignment(role.name(), userId, previous, true);
            }
            roles.assign(incidentId, role.name(), userId, assignedBy);
            timeline.record(incidentId, Timeline.ROLE, assignedBy, "{@" + userId + "} is now " + role.name()
                    + previous.map(p -> ", relieving {@" + p + "}").orElse(""));
            effects.invite(incidentId, List.of(userId));
            effects.tellPrivately(incidentId, userId, briefing(role, assignedBy));
            effects.say(incidentId, "{@" + userId + "} is now the *" + role.name() + "*: " + role.duty()
                    + previous.map(p -> " Thank you, {@" + p + "}.").orElse(""));
            effects.refreshCard(incidentId);
            changed.fire(new RoleChanged(incidentId, role.name(), userId, previous, assignedBy));
            return new Assignment(role.name(), userId, previous, false);
        });
    }

    /** "commander, scribe, communications liaison". */
    public String names() {
        return config.definitions().stream().map(RolesConfig.Definition::name).collect(Collectors.joining(", "));
    }

    private static String briefing(RolesConfig.Definition role, String assignedBy) {
        StringBuilder text = new StringBuilder("You are now the *" + role.name() + "* of this incident (assigned by {@"
                + assignedBy + "}). " + role.duty());
        role.checklist().forEach(item -> text.append("\n• ").append(item));
        return text.toString();
    }
}
