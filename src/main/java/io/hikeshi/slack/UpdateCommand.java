package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import io.hikeshi.incident.IncidentProgress;
import io.hikeshi.input.TextField;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@code /incident update <text>}: a status update to the channel and the announcement thread. */
@Singleton
class UpdateCommand extends ProgressCommand {

    UpdateCommand(IncidentProgress progress) {
        super(progress);
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
    Optional<SlashCommandResponse> problem(CommandCall call) {
        return call.rest().isEmpty() ? Optional.of(Replies.problem(
                "The update needs some text: what changed, what's next.", "`" + call.command() + " update <text>`"))
                : Optional.empty();
    }

    @Override
    void apply(long number, CommandCall call) throws IncidentProgress.RefusedException {
        progress.postUpdate(number, call.rest(), call.userId());
    }
}
