package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident update <text>}: a status update to the channel and the announcement thread. */
@ApplicationScoped
class UpdateCommand implements Subcommand {

    private final IncidentProgress progress;

    UpdateCommand(IncidentProgress progress) {
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return List.of("update");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " update <text>` — status update to the channel and the announcement thread");
    }

    @Override
    public TextField text() {
        return TextField.UPDATE;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        if (call.rest().isEmpty()) {
            return ctx.ack(Replies.problem("The update needs some text: what changed, what's next.",
                    "`" + call.command() + " update <text>`"));
        }
        try {
            progress.postUpdate(call.requireIncident().number(), call.rest(), call.userId());
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(ProgressReplies.refused(e, String.join("\n", usage(call.command()))));
        }
        return ctx.ack(ProgressReplies.done());
    }
}
