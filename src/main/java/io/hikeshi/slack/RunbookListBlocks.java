package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.runbook.Runbook;
import io.hikeshi.runbook.RunbookListing;
import io.hikeshi.runbook.RunbookMatcher;
import io.hikeshi.runbook.RunbookProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The answer to {@code /incident runbook}: matching runbooks best first, then the others, each with "Post". */
final class RunbookListBlocks {

    static final String POST_ACTION = "runbook_post";
    // 50 blocks a message: headings, the error line and the footer leave room for this many runbooks with buttons.
    static final int WITH_BUTTONS = 40;

    private RunbookListBlocks() {
    }

    static String usage(String command) {
        return "`" + command + " runbook [name]`";
    }

    static List<LayoutBlock> list(IncidentCard incident, RunbookListing.Listing listing, String command) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (listing.matching().isEmpty() && listing.others().isEmpty()) {
            blocks.add(Replies.paragraph(":open_book: There are no runbooks yet. Add Markdown files to"
                    + " `templates/runbooks/`; they are picked up without a restart."));
            errors(listing.errors(), blocks);
            return blocks;
        }
        int shown = 0;
        blocks.add(Replies.paragraph("*:open_book: Runbooks for " + Mrkdwn.escape(incident.reference()) + "*"));
        if (!listing.matching().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("*Matching this incident*, best first. A runbook"
                    + " scoring " + listing.threshold() + " or more is posted when an incident is declared.")))));
            for (RunbookMatcher.Scored scored : listing.matching()) {
                if (shown++ < WITH_BUTTONS) {
                    blocks.add(entry(scored.runbook(), "_score " + scored.score() + ": "
                            + Mrkdwn.escape(String.join(", ", scored.reasons())) + "_"));
                }
            }
        }
        if (!listing.others().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(listing.matching().isEmpty()
                    ? "*No runbook matches this incident's title, description or severity.* All runbooks:"
                    : "*Other runbooks*")))));
            for (Runbook runbook : listing.others()) {
                if (shown++ < WITH_BUTTONS) {
                    blocks.add(entry(runbook, null));
                }
            }
        }
        if (shown > WITH_BUTTONS) {
            List<Runbook> rest = new ArrayList<>();
            listing.matching().forEach(scored -> rest.add(scored.runbook()));
            rest.addAll(listing.others());
            String names = rest.subList(WITH_BUTTONS, rest.size()).stream()
                    .map(r -> "`" + Mrkdwn.escape(r.name()) + "`").collect(Collectors.joining(", "));
            blocks.add(Replies.paragraph("…and " + (shown - WITH_BUTTONS) + " more: " + names));
        }
        errors(listing.errors(), blocks);
        blocks.add(context(c -> c.elements(List.of(markdownText("`" + command + " runbook <name or title>` posts one"
                + " in this channel.")))));
        return blocks;
    }

    static String listText(IncidentCard incident, RunbookListing.Listing listing) {
        return "Runbooks for " + incident.reference() + ": " + listing.matching().size() + " matching, "
                + listing.others().size() + " other";
    }

    private static LayoutBlock entry(Runbook runbook, String why) {
        StringBuilder text = new StringBuilder("*" + Mrkdwn.escape(runbook.title()) + "* `"
                + Mrkdwn.escape(runbook.name()) + "`");
        if (runbook.description() != null) {
            text.append("\n").append(Mrkdwn.escape(runbook.description()));
        }
        if (why != null) {
            text.append("\n").append(why);
        }
        String mrkdwn = Mrkdwn.truncate(text.toString(), 3000);
        return section(s -> s.text(markdownText(mrkdwn)).accessory(button(b -> b.actionId(POST_ACTION)
                .value(runbook.name()).text(plainText("Post")))));
    }

    private static void errors(List<RunbookProblem> errors, List<LayoutBlock> blocks) {
        if (errors.isEmpty()) {
            return;
        }
        // Problems quote the file's keys in code spans on purpose; the file cannot mention (control characters go).
        String lines = errors.stream().limit(5).map(p -> "• " + Mrkdwn.escapeControl(p.describe()))
                .collect(Collectors.joining("\n"));
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.truncate(":warning: " + errors.size()
                + " runbook file" + (errors.size() == 1 ? " was" : "s were") + " left out because "
                + (errors.size() == 1 ? "it" : "they") + " could not be read; tell whoever keeps the runbooks:\n"
                + lines, 3000))))));
    }
}
