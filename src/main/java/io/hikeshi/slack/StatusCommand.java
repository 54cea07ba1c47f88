package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.incident.IncidentStatus;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /incident status <status> [message]}: move the status, optionally saying why. */
@ApplicationScoped
class StatusCommand implements Subcommand {

    private static final String STATUSES = Arrays.stream(IncidentStatus.values()).map(IncidentStatus::label)
            .collect(Collectors.joining("|"));

    private final IncidentProgress progress;

    StatusCommand(IncidentProgress progress) {
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return List.of("status");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " status <" + STATUSES + "> [message]` — move the status");
    }

    @Override
    public TextField text() {
        return TextField.STATUS_MESSAGE;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String usage = "`" + call.command() + " status <" + STATUSES + "> [message]`";
        if (call.words().isEmpty()) {
            return ctx.ack(Replies.problem("Say which status.", usage));
        }
        String typed = call.words().get(0).text();
        Optional<IncidentStatus> status = Arrays.stream(IncidentStatus.values())
                .filter(s -> s.label().equals(typed.toLowerCase(Locale.ROOT))).findFirst();
        if (status.isEmpty()) {
            return ctx.ack(Replies.problem("There is no status `" + Mrkdwn.escape(typed) + "`.", usage));
        }
        String message = call.words().size() > 1 ? call.rest().substring(typed.length()).strip() : null;
        try {
            progress.changeStatus(call.requireIncident().number(), status.get(), message, call.userId());
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(ProgressReplies.refused(e, String.join("\n", usage(call.command()))));
        }
        return ctx.ack(ProgressReplies.done());
    }
}
