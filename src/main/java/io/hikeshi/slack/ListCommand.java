package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.chat.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident list}: the open incidents, privately. */
@ApplicationScoped
class ListCommand {

    private final IncidentCards incidents;

    ListCommand(IncidentCards incidents) {
        this.incidents = incidents;
    }

    Response handle(String command, SlashCommandContext ctx) {
        List<IncidentCard> open = incidents.open();
        return ctx.ack(Replies.ephemeral(open.size() + " open incidents", ListBlocks.openIncidents(open, command)));
    }
}
