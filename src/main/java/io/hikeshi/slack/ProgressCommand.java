package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentProgress;
import java.util.List;
import java.util.Optional;

/**
 * What {@code status}, {@code update}, {@code resolve} and {@code reopen} share: each moves the incident along
 * through {@link IncidentProgress}, and answers that it is done or why not.
 */
// Its subcommands are @Singleton: a client proxy would need a no-argument constructor this class does not have.
abstract class ProgressCommand implements Subcommand {

    final IncidentProgress progress;

    ProgressCommand(IncidentProgress progress) {
        this.progress = progress;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    /** What is wrong with what was typed, answered before anything changes; empty when it can be done. */
    Optional<SlashCommandResponse> problem(CommandCall call) {
        return Optional.empty();
    }

    /** Makes the change to incident {@code number}. */
    abstract void apply(long number, CommandCall call) throws IncidentProgress.RefusedException;

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        Optional<SlashCommandResponse> problem = problem(call);
        if (problem.isPresent()) {
            return ctx.ack(problem.get());
        }
        try {
            apply(call.requireIncident().number(), call);
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()),
                    String.join("\n", usage(call.command()))));
        }
        String done = ":white_check_mark: Done — posted in the channel and the announcement thread.";
        return ctx.ack(Replies.ephemeral(done, List.of(Replies.paragraph(done))));
    }
}
