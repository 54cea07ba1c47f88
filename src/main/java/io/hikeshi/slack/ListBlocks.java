package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.incident.IncidentCard;
import java.util.ArrayList;
import java.util.List;

/** Block Kit for lists of open incidents: the list command and the home tab. */
final class ListBlocks {

    // Slack allows 50 blocks a message and 100 in a view; one block an incident plus headers stays inside both.
    static final int MAX_LISTED = 40;

    private ListBlocks() {
    }

    static List<LayoutBlock> openIncidents(List<IncidentCard> open, String command) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (open.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(
                    ":white_check_mark: No open incidents. Declare one with `" + command + " declare <title>`."))));
            return blocks;
        }
        blocks.add(section(s -> s.text(markdownText("*" + open.size() + " open incident"
                + (open.size() == 1 ? "" : "s") + "*"))));
        open.stream().limit(MAX_LISTED).forEach(card -> blocks.add(line(card)));
        if (open.size() > MAX_LISTED) {
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    "…and " + (open.size() - MAX_LISTED) + " more, oldest not shown.")))));
        }
        return blocks;
    }

    static List<LayoutBlock> home(List<IncidentCard> open, String command) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("🚒 hikeshi — open incidents"))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Declare with `" + command + " declare <title> [--sev N]` from any channel · `"
                        + command + " help` for every command")))));
        blocks.add(divider());
        blocks.addAll(openIncidents(open, command));
        return blocks;
    }

    private static LayoutBlock line(IncidentCard card) {
        String where = card.channelId() != null ? Mrkdwn.channel(card.channelId()) : "_channel being created_";
        return section(s -> s.text(markdownText((card.privateIncident() ? ":lock: " : "")
                + (card.drill() ? ":construction: " : "")
                + "*" + card.reference() + "* · " + card.severity() + " · " + card.status() + " · "
                + Mrkdwn.escape(card.title(), 150) + "\n" + where + " · Commander: "
                + card.commander().map(Mrkdwn::user).orElse("_unassigned_"))));
    }
}
