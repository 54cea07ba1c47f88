package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.roles.Roles;
import io.hikeshi.roles.RolesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident roles}: who holds which role now, each role's duty, and who held it before. */
@ApplicationScoped
class RolesCommand implements Subcommand {

    private final Roles roles;
    private final RolesConfig config;

    RolesCommand(Roles roles, RolesConfig config) {
        this.roles = roles;
        this.config = config;
    }

    @Override
    public List<String> names() {
        return List.of("roles");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " roles` — who holds which role, and who held it before");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        List<Roles.Holding> history = roles.history(call.requireIncident().number());
        StringBuilder text = new StringBuilder("*Roles of " + call.requireIncident().reference() + "*");
        for (RolesConfig.Definition role : config.definitions()) {
            text.append("\n• *").append(role.name()).append("*: ");
            List<Roles.Holding> held = history.stream().filter(h -> h.role().equals(role.name())).toList();
            String current = held.stream().filter(h -> h.relievedAt() == null).map(h -> "<@" + h.userId() + ">")
                    .findFirst().orElse("_unassigned_ · `" + call.command() + " " + command(role.name()) + "`");
            text.append(current).append(" — ").append(Mrkdwn.escape(role.duty()));
            held.stream().filter(h -> h.relievedAt() != null).forEach(h -> text.append("\n    ◦ before: <@")
                    .append(h.userId()).append("> from ").append(Mrkdwn.time(h.assignedAt())).append(" to ")
                    .append(Mrkdwn.time(h.relievedAt())));
        }
        return ctx.ack(Replies.ephemeral(text.toString(), List.of(Replies.paragraph(text.toString()))));
    }

    private static String command(String role) {
        return role.equals("commander") || role.equals("scribe") ? role + " @someone" : "role " + role + " @someone";
    }
}
