package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.Declaration;
import io.hikeshi.incident.DeclareRequest;
import io.hikeshi.incident.IncidentDeclarer;
import io.hikeshi.incident.InvalidDeclarationException;
import io.hikeshi.incident.RestartingException;
import io.hikeshi.input.TextField;
import io.hikeshi.logging.LoggedFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * {@code /incident declare <title> [--sev N] [--drill] [--service api,auth] [--private]}, or the declare form when no title is
 * given.
 */
@ApplicationScoped
class DeclareCommand implements Subcommand {

    private static final Logger LOG = Logger.getLogger(DeclareCommand.class);

    private final IncidentDeclarer declarer;
    private final DeclareModal modal;

    DeclareCommand(IncidentDeclarer declarer, DeclareModal modal) {
        this.declarer = declarer;
        this.modal = modal;
    }

    @Override
    public List<String> names() {
        return List.of("declare");
    }

    @Override
    public List<String> usage(String command) {
        return List.of(Replies.declareUsage(command) + " — declare an incident; I open its channel and make you commander",
                "`" + command + " declare` — open the declare form (title, severity, description, services)");
    }

    @Override
    public TextField text() {
        return TextField.TITLE;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        SlashCommandPayload payload = call.payload();
        List<CommandTokens.Token> words = call.words();
        String command = call.command();
        String usage = Replies.declareUsage(command) + ", or `" + command + " declare` alone to open the form";
        if (words.isEmpty()) {
            return openForm(payload, ctx, usage);
        }
        DeclareArguments arguments;
        try {
            arguments = DeclareArguments.parse(words);
        } catch (DeclareArguments.InvalidArgumentsException e) {
            return ctx.ack(Replies.problem(e.getMessage(), usage));
        }
        String key = "command:" + (payload.getTriggerId() != null ? payload.getTriggerId() : UUID.randomUUID());
        try {
            Declaration declaration = declarer.declare(new DeclareRequest(key, arguments.title(),
                    arguments.severity().orElse(null), null, arguments.drill(), payload.getUserId(),
                    payload.getChannelId(), arguments.services()).asPrivate(arguments.privateIncident()));
            return ctx.ack(Replies.ephemeral(DeclareConfirmation.text(declaration),
                    DeclareConfirmation.blocks(declaration)));
        } catch (InvalidDeclarationException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), usage));
        } catch (RestartingException e) {
            return ctx.ack(Replies.problem("I could not record the incident: " + RestartingException.MESSAGE
                    + ". Nothing was declared.", usage));
        } catch (RuntimeException e) {
            LOG.errorf("Could not record a declaration: %s", LoggedFailure.describe(e));
            return ctx.ack(Replies.problem("I could not record the incident: the database is not answering. "
                    + "Nothing was declared; please try again in a moment.", usage));
        }
    }

    private Response openForm(SlashCommandPayload payload, SlashCommandContext ctx, String usage) {
        try {
            modal.open(payload.getTriggerId(), payload.getChannelId());
            return ctx.ack();
        } catch (ChatException e) {
            return ctx.ack(Replies.problem("I could not open the declare form (Slack said `" + e.code()
                    + "`). You can declare directly instead.", usage));
        }
    }
}
