package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentCards;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * Routes {@code /incident <subcommand> …} to the class that handles the subcommand. Bare {@code /incident} shows the
 * incident card in an incident channel and the usage elsewhere.
 */
@ApplicationScoped
class IncidentCommand {

    private final DeclareCommand declare;
    private final ListCommand list;
    private final IncidentCards incidents;
    private final SlackConfig config;

    IncidentCommand(DeclareCommand declare, ListCommand list, IncidentCards incidents, SlackConfig config) {
        this.declare = declare;
        this.list = list;
        this.incidents = incidents;
        this.config = config;
    }

    Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String command = payload.getCommand() != null ? payload.getCommand() : config.command();
        List<CommandTokens.Token> words;
        try {
            words = CommandTokens.split(Mrkdwn.unescape(payload.getText() == null ? "" : payload.getText()));
        } catch (CommandTokens.UnbalancedQuoteException e) {
            return ctx.ack(Replies.problem(e.getMessage(), Replies.declareUsage(command)));
        }
        if (words.isEmpty()) {
            return ctx.ack(incidents.byChannel(payload.getChannelId())
                    .map(card -> Replies.ephemeral(CardBlocks.fallback(card), CardBlocks.card(card, command)))
                    .orElseGet(() -> Replies.usage(command)));
        }
        String subcommand = words.get(0).text().toLowerCase(Locale.ROOT);
        List<CommandTokens.Token> arguments = words.subList(1, words.size());
        return switch (subcommand) {
            case "declare" -> declare.handle(payload, arguments, ctx);
            case "list" -> list.handle(command, ctx);
            case "help" -> ctx.ack(Replies.usage(command));
            default -> ctx.ack(Replies.problem("I don't know the command `" + Mrkdwn.escape(
                    Mrkdwn.truncate(subcommand, 40)) + "`.", String.join("\n• ", Replies.usageLines(command))));
        };
    }
}
