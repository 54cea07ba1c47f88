package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.IncidentRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident actions}: the open action items of this channel's incident, privately, each with "Done". */
@ApplicationScoped
class ActionsCommand implements Subcommand {

    private final ActionItems actionItems;

    ActionsCommand(ActionItems actionItems) {
        this.actionItems = actionItems;
    }

    @Override
    public List<String> names() {
        return List.of("actions");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " actions` — the open action items, to mark them done");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        IncidentRef incident = call.requireIncident();
        var open = actionItems.open(incident.number());
        return ctx.ack(Replies.ephemeral(ActionItemBlocks.listText(incident.reference(), open),
                ActionItemBlocks.list(incident.reference(), open, call.command())));
    }
}
