package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.incident.IncidentPrivacy;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.logging.LoggedFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code /incident public} asks the commander of a private incident to confirm, with a button, that it becomes public;
 * {@code /incident private} explains that a public incident cannot become private and what to do instead.
 */
@ApplicationScoped
class PrivacyCommand implements Subcommand {

    static final String MAKE_PUBLIC_ACTION = "make_incident_public";

    private static final Logger LOG = Logger.getLogger(PrivacyCommand.class);

    private final IncidentPrivacy privacy;

    PrivacyCommand(IncidentPrivacy privacy) {
        this.privacy = privacy;
    }

    @Override
    public List<String> names() {
        return List.of("private", "public");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " private` · `" + command + " public` — how to keep a public incident's sensitive"
                + " part private / make a private incident public (the commander, after confirming)");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String usage = String.join("\n", usage(call.command()));
        if (!call.words().isEmpty()) {
            return ctx.ack(Replies.problem("`" + call.command() + " " + call.subcommand() + "` takes no words after"
                    + " it.", usage));
        }
        IncidentRef incident = call.requireIncident();
        try {
            if ("private".equals(call.subcommand())) {
                throw new IncidentPrivacy.RefusedException(incident.privateIncident()
                        ? incident.reference() + " is already private."
                        : incident.reference() + " can no longer be made private: its channel is public and anyone in"
                        + " the workspace can already find and read it. Declare a private incident for the sensitive"
                        + " part of the work with `" + call.command() + " declare <title> --private` (or the Private"
                        + " box in the form), and keep the details there.");
            }
            return ctx.ack(confirmPublic(incident, call.userId()));
        } catch (IncidentPrivacy.RefusedException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), usage));
        } catch (RuntimeException e) {
            LOG.errorf("Could not change the privacy of incident %d: %s", incident.number(), LoggedFailure.describe(e));
            return ctx.ack(Replies.problem("The database is not answering, so nothing changed. Please try again in a"
                    + " moment.", usage));
        }
    }

    /** The question with its button; refused at once for someone who is not the commander. */
    private SlashCommandResponse confirmPublic(IncidentRef incident, String userId)
            throws IncidentPrivacy.RefusedException {
        if (!incident.privateIncident()) {
            throw new IncidentPrivacy.RefusedException(incident.reference() + " is already public.");
        }
        if (!privacy.mayChange(incident.number(), userId)) {
            throw new IncidentPrivacy.RefusedException("Only the commander of " + incident.reference()
                    + " (or an incident admin) can make it public.");
        }
        String question = "*Make " + incident.reference() + " public?* Everyone who can see incidents will see it in"
                + " `list`, the App Home, the web UI, the API, search and similar incidents, and it will be announced in"
                + " the public announcement channel. This Slack channel stays private.";
        List<LayoutBlock> blocks = List.of(Replies.paragraph(question), actions(a -> a.elements(List.of(
                button(b -> b.actionId(MAKE_PUBLIC_ACTION).value(Long.toString(incident.number())).style("danger")
                        .text(plainText("Make " + incident.reference() + " public"))
                        .confirm(confirmationDialog(d -> d.title(plainText("Make it public?"))
                                .text(plainText("Everyone will be able to see " + incident.reference()
                                        + " in hikeshi. This cannot be kept secret again."))
                                .confirm(plainText("Make public")).deny(plainText("Keep private")))))))));
        return Replies.ephemeral("Make " + incident.reference() + " public?", blocks);
    }
}
