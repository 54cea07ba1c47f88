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

/** {@code status <status> [message]}, {@code update <text>}, {@code resolve [summary]} and {@code reopen}. */
@ApplicationScoped
class StatusCommands implements Subcommand {

    private static final String STATUSES = Arrays.stream(IncidentStatus.values()).map(IncidentStatus::label)
            .collect(Collectors.joining("|"));

    private final IncidentProgress progress;

    StatusCommands(IncidentProgress progress) {
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return List.of("status", "update", "resolve", "reopen");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " status <" + STATUSES + "> [message]` — move the status",
                "`" + command + " update <text>` — status update to the channel and the announcement thread",
                "`" + command + " resolve [summary]` · `" + command + " reopen` — resolve or reopen");
    }

    @Override
    public TextField text(String name) {
        return switch (name) {
            case "status" -> TextField.STATUS_MESSAGE;
            case "update" -> TextField.UPDATE;
            case "resolve" -> TextField.RESOLVE_SUMMARY;
            default -> TextField.OPTIONS;
        };
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        long number = call.requireIncident().number();
        String rest = call.rest();
        try {
            switch (call.subcommand()) {
                case "status" -> {
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
                    String message = call.words().size() > 1 ? rest.substring(typed.length()).strip() : null;
                    progress.changeStatus(number, status.get(), message, call.userId());
                }
                case "update" -> {
                    if (rest.isEmpty()) {
                        return ctx.ack(Replies.problem("The update needs some text: what changed, what's next.",
                                "`" + call.command() + " update <text>`"));
                    }
                    progress.postUpdate(number, rest, call.userId());
                }
                case "resolve" -> progress.resolve(number, rest.isEmpty() ? null : rest, call.userId());
                default -> progress.reopen(number, call.userId());
            }
        } catch (IncidentProgress.RefusedException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), String.join("\n", usage(call.command()))));
        }
        String done = ":white_check_mark: Done — posted in the channel and the announcement thread.";
        return ctx.ack(Replies.ephemeral(done, List.of(Replies.paragraph(done))));
    }
}
