package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.chat.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes {@code /incident <subcommand> …} to the {@link Subcommand} of that name. Bare {@code /incident} shows the
 * incident card in an incident channel and the usage elsewhere.
 */
@ApplicationScoped
class IncidentCommand {

    private final List<Subcommand> subcommands;
    private final Map<String, Subcommand> byName = new HashMap<>();
    private final IncidentCards incidents;
    private final SlackConfig config;

    IncidentCommand(Instance<Subcommand> subcommands, IncidentCards incidents, SlackConfig config) {
        this.subcommands = subcommands.stream().sorted(Comparator.comparingInt(Subcommand::order)).toList();
        this.subcommands.forEach(sub -> sub.names().forEach(name -> byName.put(name, sub)));
        this.incidents = incidents;
        this.config = config;
    }

    Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String command = payload.getCommand() != null ? payload.getCommand() : config.command();
        List<CommandTokens.Token> words;
        try {
            words = CommandTokens.split(payload.getText() == null ? "" : payload.getText());
        } catch (CommandTokens.UnbalancedQuoteException e) {
            // The words could not be split, but the first one still says which usage to show.
            String first = payload.getText().strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            Subcommand meant = byName.get(first);
            return ctx.ack(Replies.problem(e.getMessage(), meant != null
                    ? String.join("\n", meant.usage(command)) : "\n• " + String.join("\n• ", usageLines(command))));
        }
        if (words.isEmpty()) {
            return ctx.ack(incidents.byChannel(payload.getChannelId())
                    .map(card -> Replies.ephemeral(CardBlocks.fallback(card), CardBlocks.card(card, command)))
                    .orElseGet(() -> usage(command)));
        }
        String name = words.get(0).text().toLowerCase(Locale.ROOT);
        if (name.equals("help")) {
            return ctx.ack(usage(command));
        }
        Subcommand subcommand = byName.get(name);
        if (subcommand == null) {
            return ctx.ack(Replies.problem("I don't know the command `" + Mrkdwn.escape(Mrkdwn.truncate(name, 40))
                    + "`.", "\n• " + String.join("\n• ", usageLines(command))));
        }
        // Only commands that act on an incident pay for looking it up; declare stays one transaction.
        Optional<IncidentCard> incident = subcommand.needsIncident()
                ? incidents.byChannel(payload.getChannelId()) : Optional.empty();
        if (subcommand.needsIncident() && incident.isEmpty()) {
            return ctx.ack(Replies.problem("`" + command + " " + name + "` works in an incident's own channel,"
                    + " and this is not one.", "`" + command + " list` shows the open incidents and their channels."));
        }
        return subcommand.handle(new CommandCall(payload, command, name, words.subList(1, words.size()), incident),
                ctx);
    }

    private com.slack.api.app_backend.slash_commands.response.SlashCommandResponse usage(String command) {
        return Replies.usage(command, usageLines(command));
    }

    private List<String> usageLines(String command) {
        List<String> lines = new ArrayList<>();
        subcommands.forEach(sub -> lines.addAll(sub.usage(command)));
        lines.add("`" + command + " help` — this help");
        return lines;
    }
}
