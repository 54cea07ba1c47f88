package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import io.hikeshi.alerts.TriageMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The triage message stays within Slack's limits and shows the senders' text as text, whatever they send. */
@Tag("no-database")
class AlertBlocksTest {

    private static final String HOSTILE = "<!here> <@U0VICTIM> *b* _i_ ~s~ `c` <https://evil.example|x> &lt;!channel&gt; ";

    @Test
    void theLargestGroupFitsSlacksLimits() throws Exception {
        List<TriageMessage.Item> items = new ArrayList<>();
        for (int i = 0; i < TriageMessage.MAX_SHOWN; i++) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int l = 0; l < 100; l++) {
                labels.put("label" + l + HOSTILE, (HOSTILE + "é😀").repeat(60).substring(0, 2_000));
            }
            items.add(new TriageMessage.Item(HOSTILE.repeat(40), true, labels, HOSTILE.repeat(20),
                    Instant.parse("2026-12-01T10:00:00Z"), null, "https://grafana.example/d/x?a=1&b=<2>" + "y".repeat(1_900)));
        }
        TriageMessage message = new TriageMessage(7, "Alertmanager", HOSTILE.repeat(10), TriageMessage.State.OPEN, null,
                null, null, items, 1_000, 5, 990);

        JsonNode blocks = new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(AlertBlocks.message(message)));

        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        for (JsonNode block : blocks) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3_000);
            for (JsonNode element : block.path("elements")) {
                assertThat(element.path("text").asText().length()).isLessThanOrEqualTo(3_000);
                assertThat(element.path("value").asText().length()).isLessThanOrEqualTo(2_000);
            }
        }
        String all = blocks.toString();
        assertThat(all).doesNotContain("<!here>").doesNotContain("<@U0VICTIM>").doesNotContain("<https://evil")
                .doesNotContain("*b*").contains("…and 990 more alerts");
        assertThat(AlertBlocks.fallback(message)).doesNotContain("<!here>").hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void whoActedIsShownInsteadOfTheButtons() throws Exception {
        TriageMessage dismissed = new TriageMessage(7, "Grafana", "r", TriageMessage.State.DISMISSED, "U0TRIAGE", null,
                null, List.of(), 0, 1, 0);
        String json = GsonFactory.createSnakeCase().toJson(AlertBlocks.message(dismissed));
        assertThat(json).doesNotContain(AlertBlocks.DECLARE_ACTION).contains("Dismissed by \\u003c@U0TRIAGE\\u003e");
    }
}
