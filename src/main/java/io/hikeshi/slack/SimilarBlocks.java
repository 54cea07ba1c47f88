package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.library.LibraryChat;
import io.hikeshi.library.SimilarIncident;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Similar past incidents as one message: for each, what it was, when, how severe, why it matched, its root cause and
 * resolution, its open action items and where its postmortem is. Every word from an incident or a history file is
 * escaped and cut to fit, so the message stays inside Slack's limits whatever the files hold.
 */
final class SimilarBlocks {

    static final int MAX_TITLE = 150;
    static final int MAX_FACTS = 200;
    static final int MAX_REASONS = 600;
    static final int MAX_LINES = 500;
    static final int MAX_ACTIONS = 300;
    /** A longer address (a very long file name) is left out rather than let the section pass 3,000 characters. */
    static final int MAX_LINK = 600;
    static final int MAX_SHOWN = 5;

    private SimilarBlocks() {
    }

    static List<LayoutBlock> message(LibraryChat.SimilarPost post, String command) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Replies.paragraph(":mag: *Have we seen this before?* " + post.similar().size() + " similar past"
                + (post.similar().size() == 1 ? " incident" : " incidents") + " for " + Mrkdwn.escape(post.reference())
                + ", best first"));
        for (SimilarIncident similar : post.similar().stream().limit(MAX_SHOWN).toList()) {
            blocks.add(divider());
            blocks.add(Replies.paragraph(entry(similar, post.baseUrl())));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Matched on title, description, severity and"
                + " services against resolved incidents and imported postmortems. `" + command + " similar` looks"
                + " again; `" + command + " similar --drills` includes drills.")))));
        return blocks;
    }

    static String fallback(LibraryChat.SimilarPost post) {
        return Mrkdwn.escape("Similar past incidents for " + post.reference() + ": " + post.similar().stream()
                .map(s -> s.imported() ? s.title() : s.reference()).collect(Collectors.joining(", ")), 2000);
    }

    static String entry(SimilarIncident similar, String baseUrl) {
        StringBuilder text = new StringBuilder("*");
        String name = similar.imported() ? similar.title() : similar.reference() + " · " + similar.title();
        text.append(Mrkdwn.escape(name, MAX_TITLE)).append("*");
        List<String> facts = new ArrayList<>();
        if (similar.when() != null) {
            facts.add(similar.when().toString());
        }
        if (similar.severity() != null) {
            facts.add(similar.severity());
        }
        if (similar.imported()) {
            facts.add("imported from " + similar.source());
        }
        if (!facts.isEmpty()) {
            text.append("  ·  ").append(Mrkdwn.escape(String.join(" · ", facts), MAX_FACTS));
        }
        text.append("\n*Why:* ").append(Mrkdwn.escape(String.join("; ", similar.reasons()), MAX_REASONS));
        lines(text, "Root cause", similar.rootCause(), MAX_LINES);
        lines(text, "Resolution", similar.resolution(), MAX_LINES);
        lines(text, "Open action items", similar.openActions(), MAX_ACTIONS);
        String link = baseUrl == null ? null : baseUrl + similar.page();
        if (link != null && link.length() <= MAX_LINK) {
            text.append("\n<").append(Mrkdwn.escapeControl(link)).append("|Read the postmortem>");
        } else {
            text.append("\nFind it in hikeshi's web UI: Search");
        }
        return text.toString();
    }

    private static void lines(StringBuilder text, String label, List<String> lines, int max) {
        if (!lines.isEmpty()) {
            text.append("\n*").append(label).append(":* ").append(Mrkdwn.escape(String.join(" / ", lines), max));
        }
    }
}
