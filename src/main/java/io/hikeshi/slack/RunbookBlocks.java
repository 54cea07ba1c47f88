package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import io.hikeshi.runbook.PostedRunbook;
import io.hikeshi.runbook.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Block Kit for a posted runbook: its text split over as many messages as needed, each checklist item a checkbox. */
final class RunbookBlocks {

    static final String ITEM_ACTION = "runbook_item";
    private static final String ITEM_BLOCK = "runbook_item:";

    /** Which checkbox was clicked: the post and the item's number, read back from the block id. */
    record ItemRef(long postId, int item) {
    }

    private RunbookBlocks() {
    }

    /** The pieces of each message; the same runbook always splits the same way, whatever is ticked. */
    static List<List<RunbookMrkdwn.Piece>> layout(PostedRunbook runbook) {
        return RunbookLayout.messages(RunbookMrkdwn.render(Markdown.parse(runbook.markdown(), 1)));
    }

    /** The blocks of message {@code part} of {@code layout}. */
    static List<LayoutBlock> message(PostedRunbook runbook, List<List<RunbookMrkdwn.Piece>> layout, int part) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (part == 0) {
            blocks.add(header(h -> h.text(plainText(Mrkdwn.plain("📘 " + runbook.title(), 150), true))));
            boolean checklist = layout.stream().flatMap(List::stream).anyMatch(RunbookMrkdwn.Item.class::isInstance);
            String about = Mrkdwn.truncate(about(runbook, checklist), 3000);
            blocks.add(context(c -> c.elements(List.of(markdownText(about)))));
        } else {
            String continued = "*" + Mrkdwn.escape(runbook.title()) + "* · continued, part " + (part + 1) + " of "
                    + layout.size();
            blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.truncate(continued, 3000))))));
        }
        for (RunbookMrkdwn.Piece piece : layout.get(part)) {
            if (piece instanceof RunbookMrkdwn.Text text) {
                blocks.add(section(s -> s.text(markdownText(text.mrkdwn()))));
            } else if (piece instanceof RunbookMrkdwn.Item item) {
                blocks.add(item(runbook, item));
            } else {
                blocks.add(divider());
            }
        }
        return blocks;
    }

    /** The message that holds checklist item {@code item}, if any. */
    static Optional<Integer> messageOf(List<List<RunbookMrkdwn.Piece>> layout, int item) {
        for (int part = 0; part < layout.size(); part++) {
            for (RunbookMrkdwn.Piece piece : layout.get(part)) {
                if (piece instanceof RunbookMrkdwn.Item i && i.index() == item) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    /** Notification text of a message. */
    static String fallback(PostedRunbook runbook, int part, int parts) {
        return "Runbook: " + Mrkdwn.escape(runbook.title(), 200) + (parts > 1 ? " (" + (part + 1) + "/" + parts + ")" : "");
    }

    static Optional<ItemRef> itemRef(String blockId) {
        if (blockId == null || !blockId.startsWith(ITEM_BLOCK)) {
            return Optional.empty();
        }
        String[] parts = blockId.substring(ITEM_BLOCK.length()).split(":");
        try {
            return Optional.of(new ItemRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String about(PostedRunbook runbook, boolean checklist) {
        List<String> parts = new ArrayList<>();
        if (runbook.description() != null) {
            parts.add(Mrkdwn.escape(runbook.description()));
        }
        parts.add(runbook.postedBy() != null ? "Posted by " + Mrkdwn.user(runbook.postedBy())
                : "Posted by hikeshi" + (runbook.reason() != null ? ": " + Mrkdwn.escape(runbook.reason()) : ""));
        parts.add("`" + Mrkdwn.escape(runbook.name()) + "`");
        if (checklist) {
            parts.add("Tick the boxes as you go: everyone sees who did what, and it goes on the timeline.");
        }
        return String.join(" · ", parts);
    }

    private static LayoutBlock item(PostedRunbook runbook, RunbookMrkdwn.Item item) {
        PostedRunbook.Tick tick = runbook.ticks().get(item.index());
        String text = RunbookMrkdwn.indent(item.depth()) + Mrkdwn.truncate(item.mrkdwn(), 2800)
                + (tick == null ? "" : "\n" + RunbookMrkdwn.indent(item.depth()) + ":white_check_mark: "
                + Mrkdwn.user(tick.userId()) + " · " + Mrkdwn.time(tick.at()));
        OptionObject done = OptionObject.builder().text(plainText("Done")).value(String.valueOf(item.index())).build();
        CheckboxesElement checkbox = CheckboxesElement.builder().actionId(ITEM_ACTION).options(List.of(done))
                .initialOptions(tick == null ? null : List.of(done)).build();
        return section(s -> s.blockId(ITEM_BLOCK + runbook.id() + ":" + item.index()).text(markdownText(text))
                .accessory(checkbox));
    }
}
