package io.hikeshi.roles;

import io.hikeshi.chat.ChatText;
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
            ChatText.Builder entry = ChatText.builder().user(userId).words(" is now " + role.name());
            previous.ifPresent(p -> entry.words(", relieving ").user(p));
            timeline.record(incidentId, Timeline.ROLE, assignedBy, entry.build());
            effects.invite(incidentId, List.of(userId));
            effects.tellPrivately(incidentId, userId, briefing(role, assignedBy));
            ChatText.Builder said = ChatText.builder().user(userId).words(" is now the ").strong(role.name())
                    .words(": " + role.duty());
            previous.ifPresent(p -> said.words(" Thank you, ").user(p).words("."));
            effects.say(incidentId, said.build());
            effects.refreshCard(incidentId);
            changed.fire(new RoleChanged(incidentId, role.name(), userId, previous, assignedBy));
            return new Assignment(role.name(), userId, previous, false);
        });
    }

    /** "commander, scribe, communications liaison". */
    public String names() {
        return config.definitions().stream().map(RolesConfig.Definition::name).collect(Collectors.joining(", "));
    }

    private static ChatText briefing(RolesConfig.Definition role, String assignedBy) {
        ChatText.Builder text = ChatText.builder().words("You are now the ").strong(role.name())
                .words(" of this incident (assigned by ").user(assignedBy).words("). " + role.duty());
        role.checklist().forEach(item -> text.words("\n• " + item));
        return text.build();
    }
}
