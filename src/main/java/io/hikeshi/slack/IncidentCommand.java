package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.input.TextField;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes {@code /incident <subcommand> …} to the {@link Subcommand} of that name. Bare {@code /incident} shows the
 * incident card in an incident channel and the usage elsewhere.
 */
// Created at start, so that a help order that does not match the subcommands stops the app (CommandHelp).
@Startup
@ApplicationScoped
class IncidentCommand {

    /** Flags, an owner or a status word besides the text of a field; the subcommand checks the field exactly. */
    private static final int ROOM_FOR_OTHER_WORDS = 100;

    private final CommandHelp help;
    private final Map<String, Subcommand> byName = new HashMap<>();
    private final IncidentCards cards;
    private final IncidentQueries incidents;
    private final SlackConfig config;

    IncidentCommand(Instance<Subcommand> subcommands, IncidentCards cards, IncidentQueries incidents,
                    SlackConfig config) {
        this.help = new CommandHelp(subcommands.stream().toList());
        subcommands.forEach(sub -> sub.names().forEach(name -> byName.put(name, sub)));
        this.cards = cards;
        this.incidents = incidents;
        this.config = config;
    }

    Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String command = payload.getCommand() != null ? payload.getCommand() : config.command();
        Optional<String> unusable = unusable(payload.getText() == null ? "" : payload.getText());
        if (unusable.isPresent()) {
            return ctx.ack(Replies.problem(unusable.get(), usageFor(payload.getText(), command)));
        }
        List<CommandTokens.Token> words;
        try {
            words = CommandTokens.split(payload.getText() == null ? "" : payload.getText());
        } catch (CommandTokens.UnbalancedQuoteException e) {
            return ctx.ack(Replies.problem(e.getMessage(), usageFor(payload.getText(), command)));
        }
        if (words.isEmpty()) {
            return ctx.ack(cards.byChannel(payload.getChannelId())
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
        // Only commands that act on an incident pay for looking it up, in one query; declare stays one transaction.
        Optional<IncidentRef> incident = subcommand.needsIncident()
                ? incidents.byChannel(payload.getChannelId()) : Optional.empty();
        if (subcommand.needsIncident() && incident.isEmpty()) {
            return ctx.ack(Replies.problem("`" + command + " " + name + "` works in an incident's own channel,"
                    + " and this is not one.", "`" + command + " list` shows the open incidents and their channels."));
        }
        return subcommand.handle(new CommandCall(payload, command, name, words.subList(1, words.size()), incident),
                ctx);
    }

    /**
     * What makes the text unusable before it is even split: a control character, or more text than the subcommand
     * it names reads (its field's limit, with room for the other words). The answer never quotes the text.
     */
    private Optional<String> unusable(String text) {
        Optional<String> unreadable = TextField.unreadable(text);
        if (unreadable.isPresent()) {
            return Optional.of("The command holds " + unreadable.get() + " that cannot be read; type it again"
                    + " without it.");
        }
        String[] nameAndRest = text.strip().split("\\s+", 2);
        String name = nameAndRest[0].toLowerCase(Locale.ROOT);
        TextField field = byName.containsKey(name) ? byName.get(name).text() : TextField.OPTIONS;
        // Measured as typed: Slack sends "<" as "&lt;", which the subcommand reads back as one character.
        int length = nameAndRest.length < 2 ? 0 : Mrkdwn.unescape(nameAndRest[1].strip()).length();
        return length > field.maxLength() + ROOM_FOR_OTHER_WORDS ? Optional.of(field.tooLong(length))
                : Optional.empty();
    }

    /** The usage of the subcommand the text starts with, or of them all. */
    private String usageFor(String text, String command) {
        String first = text == null ? "" : text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Subcommand meant = byName.get(first);
        return meant != null ? String.join("\n", meant.usage(command))
                : "\n• " + String.join("\n• ", usageLines(command));
    }

    private com.slack.api.app_backend.slash_commands.response.SlashCommandResponse usage(String command) {
        return Replies.usage(command, usageLines(command));
    }

    private List<String> usageLines(String command) {
        return help.lines(command);
    }
}
