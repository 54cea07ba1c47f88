package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.incident.IncidentStatus;
import io.hikeshi.input.TextField;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /incident status <status> [message]}: move the status, optionally saying why. */
@Singleton
class StatusCommand extends ProgressCommand {

    private static final String STATUSES = Arrays.stream(IncidentStatus.values()).map(IncidentStatus::label)
            .collect(Collectors.joining("|"));

    StatusCommand(IncidentProgress progress) {
        super(progress);
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
    Optional<SlashCommandResponse> problem(CommandCall call) {
        String usage = "`" + call.command() + " status <" + STATUSES + "> [message]`";
        if (call.words().isEmpty()) {
            return Optional.of(Replies.problem("Say which status.", usage));
        }
        String typed = call.words().get(0).text();
        return status(call).isPresent() ? Optional.empty()
                : Optional.of(Replies.problem("There is no status `" + Mrkdwn.escape(typed) + "`.", usage));
    }

    @Override
    void apply(long number, CommandCall call) throws IncidentProgress.RefusedException {
        String typed = call.words().get(0).text();
        String message = call.words().size() > 1 ? call.rest().substring(typed.length()).strip() : null;
        progress.changeStatus(number, status(call).orElseThrow(), message, call.userId());
    }

    private static Optional<IncidentStatus> status(CommandCall call) {
        String typed = call.words().get(0).text().toLowerCase(Locale.ROOT);
        return Arrays.stream(IncidentStatus.values()).filter(s -> s.label().equals(typed)).findFirst();
    }
}
