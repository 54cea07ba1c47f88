package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.hikeshi.library.LibraryChat;
import io.hikeshi.library.SimilarIncident;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Similar incidents stay inside Slack's limits whatever the history files hold, and never mention anyone. */
@Tag("no-database")
class SimilarBlocksTest {

    private static final String LONG = "<!channel> " + "x".repeat(5_000) + " & <@U0EVIL> `code` *bold*";

    @Test
    void hugeEntriesStayInsideTheLimits() {
        SimilarIncident huge = new SimilarIncident("history:" + "é".repeat(300) + ".md", null, LONG, LONG,
                "é".repeat(300) + ".md", LocalDate.of(2024, 1, 1), LONG.substring(0, 40), 12.5,
                Collections.nCopies(30, LONG), Collections.nCopies(3, LONG), Collections.nCopies(3, LONG),
                Collections.nCopies(20, LONG), "/library/history/" + "%C3%A9".repeat(300) + ".md");
        List<LayoutBlock> blocks = SimilarBlocks.message(new LibraryChat.SimilarPost("INC-1",
                Collections.nCopies(10, huge), "https://hikeshi.example.com"), "/incident");

        assertThat(blocks).hasSizeLessThanOrEqualTo(50);
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock section) {
                String text = section.getText().getText();
                assertThat(text.length()).isLessThanOrEqualTo(3000);
                assertThat(text).doesNotContain("<!channel>", "<@U0EVIL>");
            }
        }
        assertThat(SimilarBlocks.fallback(new LibraryChat.SimilarPost("INC-1", List.of(huge), null)).length())
                .isLessThanOrEqualTo(2000);
    }

    @Test
    void aShortEntryShowsEverythingWithItsLink() {
        SimilarIncident entry = new SimilarIncident("incident:12", 12L, "INC-12", "Checkout 500s", null,
                LocalDate.of(2024, 3, 4), "SEV2", 3.2, List.of("same services: checkout", "matched words: 500, deploy"),
                List.of("A bad deploy"), List.of("Rolled back"), List.of("Add a canary"), "/incidents/12/postmortem");

        String text = SimilarBlocks.entry(entry, "https://hikeshi.example.com");

        assertThat(text).contains("*INC-12 · Checkout 500s*  ·  2024-03-04 · SEV2",
                "*Why:* same services: checkout; matched words: 500, deploy", "*Root cause:* A bad deploy",
                "*Resolution:* Rolled back", "*Open action items:* Add a canary",
                "<https://hikeshi.example.com/incidents/12/postmortem|Read the postmortem>");
    }
}
