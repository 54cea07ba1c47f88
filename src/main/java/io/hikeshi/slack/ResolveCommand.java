package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /incident resolve [summary]}: resolve the incident, which drafts its postmortem. */
@ApplicationScoped
class ResolveCommand implements Subcommand {

    private final IncidentProgress progress;

    ResolveCommand(IncidentProgress progress) {
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return List.of("resolve");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " resolve [summary]` — resolve the incident (drafts the postmortem)");
    }

    @Override
    public TextField text() {
        return TextField.RESOLVE_SUMMARY;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        try {
            progress.resolve(call.requireIncident().number(), call.rest().isEmpty() ? null : call.rest(),
                    call.userId());
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(ProgressReplies.refused(e, String.join("\n", usage(call.command()))));
        }
        return ctx.ack(ProgressReplies.done());
    }
}
