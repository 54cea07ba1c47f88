package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident list}: the open incidents, privately. */
@ApplicationScoped
class ListCommand implements Subcommand {

    private final IncidentCards incidents;
    private final IncidentAccess access;

    ListCommand(IncidentCards incidents, IncidentAccess access) {
        this.incidents = incidents;
        this.access = access;
    }

    @Override
    public List<String> names() {
        return List.of("list");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " list` — the open incidents");
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        // Private incidents only for their members and the incident admins; the list is ephemeral.
        List<IncidentCard> open = incidents.open(access.visibility(access.audience(call.payload().getUserId())));
        return ctx.ack(Replies.ephemeral(open.size() + " open incidents",
                ListBlocks.openIncidents(open, call.command())));
    }
}
