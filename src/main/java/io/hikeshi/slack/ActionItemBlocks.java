package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.incident.IncidentCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Block Kit for open action items: a few on the incident card, all of them in the private list. */
final class ActionItemBlocks {

    static final String DONE_ACTION = "action_item_done";
    // Tells a click in the private list from one on the card (or on a private copy of the card).
    static final String LIST_BLOCK_PREFIX = "action_list_";
    static final String CARD_BLOCK_PREFIX = "action_card_";
    static final int ON_CARD = 5;
    // A message holds at most 50 blocks: a heading, the items and a "more" line stay inside.
    static final int IN_LIST = 45;

    private ActionItemBlocks() {
    }

    /** The card's section; nothing when every action item is done. */
    static List<LayoutBlock> onCard(IncidentCard card, String command) {
        List<IncidentCard.OpenAction> open = card.openActionItems();
        if (open.isEmpty()) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*Action items* · " + open.size() + " open"))));
        open.stream().limit(ON_CARD).forEach(item -> blocks.add(line(item, CARD_BLOCK_PREFIX)));
        if (open.size() > ON_CARD) {
            blocks.add(context(c -> c.elements(List.of(markdownText("+" + (open.size() - ON_CARD)
                    + " more · `" + command + " actions` lists them all")))));
        }
        return blocks;
    }

    /** The answer to {@code /incident actions}, and what replaces it after a click on "Done". */
    static List<LayoutBlock> list(IncidentCard card, String command) {
        return list(card.reference(), card.openActionItems(), command);
    }

    /** The list for the incident of that reference, from its open action items, oldest first. */
    static List<LayoutBlock> list(String reference, List<IncidentCard.OpenAction> open, String command) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (open.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(":white_check_mark: " + reference
                    + " has no open action items. Add one with " + usage(command) + "."))));
            return blocks;
        }
        blocks.add(section(s -> s.text(markdownText("*" + listText(reference, open) + "*"))));
        open.stream().limit(IN_LIST).forEach(item -> blocks.add(line(item, LIST_BLOCK_PREFIX)));
        if (open.size() > IN_LIST) {
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    "…and " + (open.size() - IN_LIST) + " more; mark some done to see the rest.")))));
        }
        return blocks;
    }

    static String listText(IncidentCard card) {
        return listText(card.reference(), card.openActionItems());
    }

    static String listText(String reference, List<IncidentCard.OpenAction> open) {
        return reference + ": " + open.size() + " open action item" + (open.size() == 1 ? "" : "s");
    }

    static String usage(String command) {
        return "`" + command + " action <text> [@owner]`";
    }

    /** The confirmation for the person who added an item. */
    static String added(String reference, String text, Optional<String> owner) {
        return ":white_check_mark: Added to " + reference + ": " + Mrkdwn.escape(text, 2000)
                + owner.map(id -> " — owner " + Mrkdwn.user(id)).orElse(" — no owner yet")
                + ". It is on the incident card until someone marks it done.";
    }

    private static LayoutBlock line(IncidentCard.OpenAction item, String blockPrefix) {
        String owner = item.owner().map(Mrkdwn::user).orElse("_no owner_");
        return section(s -> s.blockId(blockPrefix + item.id())
                .text(markdownText("• " + Mrkdwn.escape(item.text(), 300) + " — " + owner))
                .accessory(button(b -> b.actionId(DONE_ACTION).value(String.valueOf(item.id()))
                        .text(plainText("Done")))));
    }
}
