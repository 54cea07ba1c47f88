package io.hikeshi.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.library.LibraryChat;
import io.hikeshi.library.SimilarIncident;
import io.hikeshi.library.SimilarIncidents;
import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.postmortem.PostmortemLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** {@code /incident similar [--drills]}: similar past incidents, posted in the channel; says so when there are none. */
@ApplicationScoped
class SimilarCommand implements Subcommand {

    private static final Logger LOG = Logger.getLogger(SimilarCommand.class);

    private final SimilarIncidents similar;
    private final PostmortemLinks links;

    SimilarCommand(SimilarIncidents similar, PostmortemLinks links) {
        this.similar = similar;
        this.links = links;
    }

    @Override
    public List<String> names() {
        return List.of("similar");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " similar [--drills]` — similar past incidents, with what caused and"
                + " resolved them (drills too with `--drills`)");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        IncidentRef incident = call.requireIncident();
        boolean drills = false;
        for (CommandTokens.Token word : call.words()) {
            if (word.text().equals("--drills") && !word.quoted()) {
                drills = true;
            } else {
                return ctx.ack(Replies.problem("`" + Mrkdwn.escape(word.text(), 60) + "` is not something `similar`"
                        + " takes.", "`" + call.command() + " similar [--drills]`"));
            }
        }
        List<SimilarIncident> found;
        try {
            found = similar.forIncident(incident.number(), drills);
        } catch (RuntimeException e) {
            LOG.errorf("Could not look for incidents similar to %d: %s", incident.number(), LoggedFailure.describe(e));
            return ctx.ack(Replies.problem("I could not look through past incidents just now. Please try again in a"
                    + " moment.", "`" + call.command() + " similar [--drills]`"));
        }
        if (found.isEmpty()) {
            String text = ":mag: No past incident is similar enough to " + Mrkdwn.escape(incident.reference())
                    + (drills ? "" : " (drills left out; `" + call.command() + " similar --drills` includes them)")
                    + ". Past postmortems in `templates/history/` and resolved incidents are searched.";
            return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
        }
        LibraryChat.SimilarPost post = new LibraryChat.SimilarPost(incident.reference(), found,
                links.baseUrl().orElse(null));
        List<LayoutBlock> blocks = SimilarBlocks.message(post, call.command());
        return ctx.ack(SlashCommandResponse.builder().responseType("in_channel").text(SimilarBlocks.fallback(post))
                .blocks(blocks).build());
    }
}
