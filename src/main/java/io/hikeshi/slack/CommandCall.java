package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import io.hikeshi.incident.IncidentCard;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parsed slash command: who typed it where, the words after the subcommand, and the incident of the channel.
 *
 * @param command  the slash command as typed, e.g. {@code /incident}
 * @param incident the incident whose channel the command was typed in, if any
 */
record CommandCall(SlashCommandPayload payload, String command, String subcommand, List<CommandTokens.Token> words,
                   Optional<IncidentCard> incident) {

    String userId() {
        return payload.getUserId();
    }

    /** The words after the subcommand joined back into text, e.g. an update's message. */
    String rest() {
        return words.stream().map(CommandTokens.Token::text).collect(Collectors.joining(" ")).strip();
    }

    IncidentCard requireIncident() {
        return incident.orElseThrow(() -> new IllegalStateException(subcommand + " needs an incident channel"));
    }
}
