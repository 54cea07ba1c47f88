package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.support.FakeSlack;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How open action items look on the incident card and in the private list. */
@Tag("no-database")
class ActionItemBlocksTest {

    @Test
    void theCardShowsFiveItemsWithDoneButtonsAndCountsTheRest() {
        IncidentCard card = card(LongStream.rangeClosed(1, 7)
                .mapToObj(id -> new IncidentCard.OpenAction(id, "Follow-up " + id, id % 2 == 0 ? "U0OWNER" : null)).toList());

        String json = json(CardBlocks.card(card, "/incident"));

        assertThat(FakeSlack.text(json)).contains("*Action items* · 7 open")
                .contains("• Follow-up 1 — _no owner_").contains("• Follow-up 2 — <@U0OWNER>")
                .contains("• Follow-up 5").doesNotContain("Follow-up 6")
                .contains("+2 more · `/incident actions` lists them all");
        assertThat(json).contains("\"action_id\":\"action_item_done\"").contains("\"value\":\"5\"")
                .doesNotContain("\"value\":\"6\"").contains("\"block_id\":\"action_card_1\"");
    }

    @Test
    void aCardWithoutOpenItemsHasNoActionItemSection() {
        assertThat(FakeSlack.text(json(CardBlocks.card(card(List.of()), "/incident"))))
                .doesNotContain("Action items");
    }

    @Test
    void itemTextIsWordsEvenWhereItLooksLikeMarkup() {
        IncidentCard card = card(List.of(new IncidentCard.OpenAction(9, "Ask {@U0CAROL} about <!channel> & <b>", null)));

        assertThat(FakeSlack.text(json(ActionItemBlocks.list(card, "/incident"))))
                .contains("*INC-42: 1 open action item*")
                .contains("• Ask {@U0CAROL} about &lt;!channel&gt; &amp; &lt;b&gt; — _no owner_");
    }

    @Test
    void theListShowsEveryItemUpToSlacksLimit() {
        IncidentCard card = card(LongStream.rangeClosed(1, 60)
                .mapToObj(id -> new IncidentCard.OpenAction(id, "Follow-up " + id, null)).toList());

        List<LayoutBlock> blocks = ActionItemBlocks.list(card, "/incident");

        assertThat(blocks).hasSizeLessThanOrEqualTo(50);
        assertThat(FakeSlack.text(json(blocks))).contains("INC-42: 60 open action items").contains("Follow-up 45")
                .doesNotContain("Follow-up 46").contains("…and 15 more");
        assertThat(json(blocks)).contains("\"block_id\":\"action_list_1\"");
    }

    @Test
    void anEmptyListSaysHowToAddOne() {
        assertThat(FakeSlack.text(json(ActionItemBlocks.list(card(List.of()), "/incident"))))
                .contains("INC-42 has no open action items. Add one with `/incident action <text> [@owner]`.");
    }

    private static IncidentCard card(List<IncidentCard.OpenAction> open) {
        return new IncidentCard(42, "INC-42", "Checkout down", null, "SEV2", "Major", "investigating", false,
                "U0CMD", null, "CINC0001", "inc-checkout-down", "U0CMD", Instant.parse("2026-11-21T14:05:00Z"), Map.of(),
                null, IncidentCard.Timing.NONE, open, List.of(), false);
    }

    private static String json(List<LayoutBlock> blocks) {
        return GsonFactory.createSnakeCase().toJson(blocks);
    }
}
