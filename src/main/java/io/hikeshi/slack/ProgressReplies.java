package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import io.hikeshi.incident.IncidentProgress;
import java.util.List;

/** The answers of the subcommands that move an incident along: done, or why not. */
final class ProgressReplies {

    private ProgressReplies() {
    }

    static SlashCommandResponse done() {
        String done = ":white_check_mark: Done — posted in the channel and the announcement thread.";
        return Replies.ephemeral(done, List.of(Replies.paragraph(done)));
    }

    static SlashCommandResponse refused(IncidentProgress.RefusedException e, String usage) {
        return Replies.problem(Mrkdwn.escapeControl(e.getMessage()), usage);
    }
}
