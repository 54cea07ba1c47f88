package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElements;
import io.hikeshi.catchup.CatchUp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catch-up as Block Kit: labelled as AI-generated or automatic, each point followed by numbered links to the
 * messages it came from. All text is escaped, so nothing in a catch-up can mention, link or format.
 */
final class CatchUpBlocks {

    static final String RETRY_ACTION = "catch_up_retry";
    private static final int SECTION_LIMIT = 2900;
    private static final int BLOCK_LIMIT = 48;

    private CatchUpBlocks() {
    }

    static String fallback(CatchUp catchUp) {
        return (catchUp.aiGenerated() ? "AI catch-up on " : "Automatic catch-up on ") + catchUp.incidentReference()
                + ": " + Mrkdwn.escape(catchUp.title(), 2000);
    }

    /** {@code workspaceUrl} like https://acme.slack.com/ — message links need no call per message. */
    static List<LayoutBlock> blocks(CatchUp catchUp, String workspaceUrl) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.plain("Catch-up: " + catchUp.incidentReference() + " · "
                + catchUp.title(), 150)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(label(catchUp))))));
        Map<CatchUp.Source, Integer> numbers = new LinkedHashMap<>();
        for (CatchUp.Section section : catchUp.sections()) {
            if (section.points().isEmpty()) {
                continue;
            }
            StringBuilder text = new StringBuilder("*" + Mrkdwn.escape(section.heading()) + "*");
            for (CatchUp.Point point : section.points()) {
                String line = "\n• " + Mrkdwn.escape(point.text()) + links(point, numbers, catchUp.channelId(),
                        workspaceUrl);
                if (text.length() + line.length() > SECTION_LIMIT) {
                    blocks.add(Replies.paragraph(text.toString()));
                    text = new StringBuilder();
                }
                text.append(Mrkdwn.truncate(line, SECTION_LIMIT));
            }
            blocks.add(Replies.paragraph(text.toString()));
        }
        if (blocks.size() > BLOCK_LIMIT) {
            int left = blocks.size() - BLOCK_LIMIT;
            blocks.subList(BLOCK_LIMIT, blocks.size()).clear();
            blocks.add(context(c -> c.elements(List.of(markdownText("_" + left + " more parts did not fit in one"
                    + " message; ask again in a while for a shorter catch-up._")))));
        }
        if (catchUp.offerRetry()) {
            blocks.add(actions(a -> a.elements(List.of(BlockElements.button(b -> b.actionId(RETRY_ACTION)
                    .text(plainText("Try the AI catch-up again")).value(String.valueOf(catchUp.incidentId())))))));
        }
        return blocks;
    }

    private static String label(CatchUp catchUp) {
        if (!catchUp.aiGenerated() && catchUp.sections().isEmpty()) {
            // Nothing to show but why: the catch-up could not be made at all.
            return ":warning: *No catch-up this time*: " + Mrkdwn.escape(catchUp.notice()) + ".";
        }
        if (catchUp.aiGenerated()) {
            return ":sparkles: *AI-generated* from " + catchUp.messagesRead() + " messages, as of "
                    + Mrkdwn.time(catchUp.generatedAt()) + ". It can be wrong: follow the numbered links to the"
                    + " messages before acting on a point.";
        }
        return ":information_source: *Automatic catch-up, not AI* (" + Mrkdwn.escape(catchUp.notice()) + "), as of "
                + Mrkdwn.time(catchUp.generatedAt()) + ".";
    }

    private static String links(CatchUp.Point point, Map<CatchUp.Source, Integer> numbers, String channelId,
                                String workspaceUrl) {
        StringBuilder links = new StringBuilder();
        for (CatchUp.Source source : point.sources()) {
            int n = numbers.computeIfAbsent(source, s -> numbers.size() + 1);
            links.append(" <").append(permalink(workspaceUrl, channelId, source)).append("|[").append(n).append("]>");
        }
        return links.toString();
    }

    /** Slack's documented permalink shape: p + the ts without its dot; replies also name their thread. */
    static String permalink(String workspaceUrl, String catchUpChannel, CatchUp.Source source) {
        String channelId = source.channelId() != null ? source.channelId() : catchUpChannel;
        String link = workspaceUrl + "archives/" + channelId + "/p" + source.messageId().replace(".", "");
        if (source.threadId() != null && !source.threadId().equals(source.messageId())) {
            link += "?thread_ts=" + source.threadId() + "&cid=" + channelId;
        }
        return link;
    }
}
