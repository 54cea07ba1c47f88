package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.postmortem.PostmortemDrafts;
import io.hikeshi.postmortem.PostmortemLinks;
import io.hikeshi.postmortem.PostmortemQueries;
import io.hikeshi.postmortem.PostmortemRefusedException;
import io.hikeshi.postmortem.PostmortemView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * {@code /incident postmortem}: drafts a new version of the postmortem from the latest facts and says where it is;
 * {@code /incident postmortem link} only says where it is.
 */
@ApplicationScoped
class PostmortemCommand implements Subcommand {

    private final PostmortemDrafts drafts;
    private final PostmortemQueries queries;
    private final PostmortemLinks links;

    PostmortemCommand(PostmortemDrafts drafts, PostmortemQueries queries, PostmortemLinks links) {
        this.drafts = drafts;
        this.queries = queries;
        this.links = links;
    }

    @Override
    public List<String> names() {
        return List.of("postmortem");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " postmortem [link]` — draft a new version of the postmortem (drafted on"
                + " resolve too), or just show where it is");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        IncidentRef incident = call.requireIncident();
        String usage = "`" + call.command() + " postmortem` to draft a new version, `" + call.command()
                + " postmortem link` to see where it is";
        String word = call.rest();
        if (!word.isEmpty() && !word.equals("link")) {
            return ctx.ack(Replies.problem("`postmortem` takes no words other than `link`, and `"
                    + Mrkdwn.escape(Mrkdwn.truncate(word, 40)) + "` is not `link`.", usage));
        }
        Optional<PostmortemView> existing = queries.of(incident.number());
        if (word.equals("link")) {
            String text = existing.map(p -> "The postmortem of " + incident.reference() + " is " + p.status().label()
                    + " at version " + p.current().number() + ": " + where(incident) + ".")
                    .orElse(incident.reference() + " has no postmortem yet. " + usage + ".");
            return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
        }
        try {
            PostmortemDrafts.Requested requested = drafts.regenerate(incident.number(), call.userId());
            String text = (requested == PostmortemDrafts.Requested.QUEUED
                    ? ":memo: Drafting " + (existing.isPresent() ? "a new version of " : "") + "the postmortem of "
                    : ":hourglass: A draft is already being made for ")
                    + incident.reference() + " from the latest facts; I'll post it here when it is ready. It will be"
                    + " at " + where(incident) + (existing.isPresent() ? ", and earlier versions stay in its history."
                    : ".");
            return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
        } catch (PostmortemRefusedException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()) + " It is at " + where(incident) + ".",
                    usage));
        }
    }

    private String where(IncidentRef incident) {
        return links.link(incident.number()).map(url -> "<" + url + "|" + Mrkdwn.escape(url) + ">")
                .orElse("`" + Mrkdwn.escape(links.describe(incident.number())) + "`");
    }
}
