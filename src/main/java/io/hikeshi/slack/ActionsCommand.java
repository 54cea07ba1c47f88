package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.chat.IncidentCard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident actions}: the open action items of this channel's incident, privately, each with "Done". */
@ApplicationScoped
class ActionsCommand implements Subcommand {

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
        IncidentCard card = call.requireIncident();
        return ctx.ack(Replies.ephemeral(ActionItemBlocks.listText(card), ActionItemBlocks.list(card, call.command())));
    }
}
