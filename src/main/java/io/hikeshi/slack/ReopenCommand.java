package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident reopen}: a resolved incident is back in progress. */
@ApplicationScoped
class ReopenCommand implements Subcommand {

    private final IncidentProgress progress;

    ReopenCommand(IncidentProgress progress) {
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return List.of("reopen");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " reopen` — reopen a resolved incident");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        try {
            progress.reopen(call.requireIncident().number(), call.userId());
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(ProgressReplies.refused(e, String.join("\n", usage(call.command()))));
        }
        return ctx.ack(ProgressReplies.done());
    }
}
