package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.input.TextField;
import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.runbook.Runbook;
import io.hikeshi.runbook.RunbookListing;
import io.hikeshi.runbook.RunbookPosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** {@code /incident runbook [name]}: the runbooks for this incident, or post one by name or title. */
@ApplicationScoped
class RunbookCommand implements Subcommand {

    private static final Logger LOG = Logger.getLogger(RunbookCommand.class);

    private final RunbookListing listing;
    private final RunbookPosts posts;

    RunbookCommand(RunbookListing listing, RunbookPosts posts) {
        this.listing = listing;
        this.posts = posts;
    }

    @Override
    public List<String> names() {
        return List.of("runbook", "runbooks");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " runbook` — the runbooks matching this incident, and all others, to post",
                "`" + command + " runbook <name or title>` — post a runbook here, its checklist as checkboxes");
    }

    @Override
    public TextField text() {
        return TextField.RUNBOOK;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        IncidentRef incident = call.requireIncident();
        if (call.words().isEmpty()) {
            RunbookListing.Listing found = listing.list(incident);
            return ctx.ack(Replies.ephemeral(RunbookListBlocks.listText(incident, found),
                    RunbookListBlocks.list(incident, found, call.command())));
        }
        String wanted = call.rest();
        String trigger = call.payload().getTriggerId();
        RunbookPosts.Outcome outcome;
        try {
            outcome = posts.post("command:" + (trigger != null ? trigger : UUID.randomUUID()), incident.number(),
                    wanted, call.userId());
        } catch (RuntimeException e) {
            LOG.errorf("Could not post a runbook in incident %d (%d characters asked for): %s", incident.number(),
                    wanted.length(), LoggedFailure.describe(e));
            return ctx.ack(Replies.problem("I could not post the runbook: the database is not answering. Nothing was"
                    + " posted; please try again in a moment.", RunbookListBlocks.usage(call.command())));
        }
        if (outcome instanceof RunbookPosts.Posted posted) {
            String text = ":open_book: Posting *" + Mrkdwn.escape(posted.runbook().title()) + "* in this channel.";
            return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
        }
        if (outcome instanceof RunbookPosts.NotFound notFound) {
            return ctx.ack(Replies.problem(notFound(wanted, notFound), RunbookListBlocks.usage(call.command())
                    + (notFound.available() == 0 ? ""
                    : " — `" + call.command() + " runbook` lists all " + notFound.available() + ".")));
        }
        return ctx.ack();
    }

    private static String notFound(String wanted, RunbookPosts.NotFound notFound) {
        String problem = "There is no runbook named or titled `" + Mrkdwn.escape(Mrkdwn.truncate(wanted, 80)) + "`.";
        if (notFound.available() == 0) {
            return problem + " There are no runbooks yet: add Markdown files to `templates/runbooks/`.";
        }
        if (notFound.nearest().isEmpty()) {
            return problem;
        }
        return problem + " The nearest: " + notFound.nearest().stream().map(RunbookCommand::describe)
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String describe(Runbook runbook) {
        return "`" + Mrkdwn.escape(runbook.name()) + "` (" + Mrkdwn.escape(runbook.title()) + ")";
    }
}
