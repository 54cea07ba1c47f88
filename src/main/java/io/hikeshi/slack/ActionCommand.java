package io.hikeshi.slack;

import io.hikeshi.logging.LoggedFailure;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.actions.ActionItems;
import io.hikeshi.actions.InvalidActionItemException;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** {@code /incident action <text> [@owner]}: a follow-up action item for the incident of this channel. */
@ApplicationScoped
class ActionCommand implements Subcommand {

    private static final Logger LOG = Logger.getLogger(ActionCommand.class);

    private final ActionItems actionItems;

    ActionCommand(ActionItems actionItems) {
        this.actionItems = actionItems;
    }

    @Override
    public List<String> names() {
        return List.of("action");
    }

    @Override
    public List<String> usage(String command) {
        return List.of(ActionItemBlocks.usage(command) + " — add a follow-up action item; the owner is optional"
                + " (`me` for yourself)");
    }

    @Override
    public TextField text() {
        return TextField.ACTION_ITEM;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String usage = ActionItemBlocks.usage(call.command()) + ", e.g. `" + call.command()
                + " action Add an alert on queue depth @alice`";
        ActionArguments arguments;
        try {
            arguments = ActionArguments.parse(call.words(), call.userId());
        } catch (ActionArguments.InvalidArgumentsException e) {
            return ctx.ack(Replies.problem(e.getMessage(), usage));
        }
        IncidentRef incident = call.requireIncident();
        String trigger = call.payload().getTriggerId();
        String key = "command:" + (trigger != null ? trigger : UUID.randomUUID());
        try {
            actionItems.add(new ActionItems.NewActionItem(key, incident.number(), arguments.text(),
                    arguments.ownerId().orElse(null), call.userId()));
        } catch (InvalidActionItemException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), usage));
        } catch (RuntimeException e) {
            LOG.errorf("Could not record an action item for incident %d: %s", incident.number(),
                    LoggedFailure.describe(e));
            return ctx.ack(Replies.problem("I could not record the action item: the database is not answering. "
                    + "Nothing was added; please try again in a moment.", usage));
        }
        String added = ActionItemBlocks.added(incident.reference(), arguments.text(), arguments.ownerId());
        return ctx.ack(Replies.ephemeral(added, List.of(section(s -> s.text(markdownText(added))))));
    }
}
