package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import io.hikeshi.runbook.PostedRunbook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Splitting long runbooks into Slack messages without breaking code blocks or list items. */
@Tag("no-database")
class RunbookLayoutTest {

    @Test
    void aLongRunbookIsSplitWithinSlacksLimits() {
        StringBuilder markdown = new StringBuilder();
        for (int section = 0; section < 40; section++) {
            markdown.append("## Step ").append(section).append("\n\n");
            markdown.append("Some explanation of why this matters, long enough to take room. ".repeat(10)).append("\n\n");
            IntStream.range(0, 4).forEach(i -> markdown.append("- a bullet that must stay whole number ").append(i)
                    .append(" ").append("word ".repeat(30)).append("\n"));
            markdown.append("- [ ] do task ").append(section).append("\n\n");
            markdown.append("```\n").append("kubectl get pods --all-namespaces | grep -v Running\n".repeat(20))
                    .append("```\n\n");
        }
        PostedRunbook runbook = runbook(markdown.toString(), Map.of());

        List<List<RunbookMrkdwn.Piece>> layout = RunbookBlocks.layout(runbook);

        assertThat(layout).hasSizeGreaterThan(3);
        List<Integer> items = new ArrayList<>();
        for (int part = 0; part < layout.size(); part++) {
            List<LayoutBlock> blocks = RunbookBlocks.message(runbook, layout, part);
            assertThat(blocks).hasSizeLessThanOrEqualTo(50);
            int chars = 0;
            for (LayoutBlock block : blocks) {
                if (block instanceof SectionBlock section) {
                    String text = ((MarkdownTextObject) section.getText()).getText();
                    chars += text.length();
                    assertThat(text.length()).isLessThanOrEqualTo(3000);
                    // Every code block opened in a section is closed in it.
                    assertThat(count(text, "```") % 2).as(text).isZero();
                    assertThat(text).doesNotStartWith("word").doesNotStartWith("\u2003");
                }
            }
            assertThat(chars).isLessThanOrEqualTo(12_500);
            layout.get(part).stream().filter(RunbookMrkdwn.Item.class::isInstance)
                    .forEach(piece -> items.add(((RunbookMrkdwn.Item) piece).index()));
        }
        assertThat(items).containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
        assertThat(RunbookBlocks.messageOf(layout, 39)).contains(layout.size() - 1);
        // Every bullet arrived whole, in one section.
        String all = String.join("\n", layout.stream().flatMap(List::stream)
                .filter(RunbookMrkdwn.Text.class::isInstance).map(p -> ((RunbookMrkdwn.Text) p).mrkdwn()).toList());
        assertThat(count(all, "• a bullet that must stay whole number 3 " + "word ".repeat(29) + "word")).isEqualTo(40);
    }

    @Test
    void aCodeBlockLongerThanASectionIsSplitIntoFencedBlocks() {
        String line = "SELECT * FROM pg_stat_activity WHERE state <> 'idle';\n";
        PostedRunbook runbook = runbook("```\n" + line.repeat(150) + "```\n", Map.of());

        List<RunbookMrkdwn.Piece> sections = RunbookBlocks.layout(runbook).get(0);

        assertThat(sections).hasSizeGreaterThan(2).allSatisfy(piece -> {
            String text = ((RunbookMrkdwn.Text) piece).mrkdwn();
            assertThat(text).startsWith("```\n").endsWith("\n```").hasSizeLessThanOrEqualTo(3000);
            assertThat(text.substring(4, text.length() - 4).split("\n"))
                    .allSatisfy(l -> assertThat(l).isEqualTo("SELECT * FROM pg_stat_activity WHERE state &lt;&gt; 'idle';"));
        });
    }

    @Test
    void aTickedItemShowsWhoAndKeepsItsCheckboxTicked() {
        PostedRunbook runbook = runbook("- [ ] Roll back\n- [ ] Watch", Map.of(1,
                new PostedRunbook.Tick("U0CAROL", Instant.parse("2026-11-21T14:05:00Z"))));

        List<LayoutBlock> blocks = RunbookBlocks.message(runbook, RunbookBlocks.layout(runbook), 0);

        SectionBlock watch = (SectionBlock) blocks.get(3);
        assertThat(watch.getBlockId()).isEqualTo("runbook_item:7:1");
        assertThat(((MarkdownTextObject) watch.getText()).getText()).startsWith("Watch\n:white_check_mark: <@U0CAROL> · ");
        assertThat(((com.slack.api.model.block.element.CheckboxesElement) watch.getAccessory()).getInitialOptions())
                .hasSize(1);
        SectionBlock rollBack = (SectionBlock) blocks.get(2);
        assertThat(((com.slack.api.model.block.element.CheckboxesElement) rollBack.getAccessory()).getInitialOptions())
                .isNull();
        assertThat(RunbookBlocks.itemRef("runbook_item:7:1")).contains(new RunbookBlocks.ItemRef(7, 1));
        assertThat(RunbookBlocks.itemRef("action_card_1")).isEmpty();
    }

    private static PostedRunbook runbook(String markdown, Map<Integer, PostedRunbook.Tick> ticks) {
        return new PostedRunbook(7, "long", "A long runbook", "For testing", markdown, null, "U0ALICE", ticks);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}
