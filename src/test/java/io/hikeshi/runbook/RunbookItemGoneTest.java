package io.hikeshi.runbook;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.BlockClick;
import io.hikeshi.support.ShippedRunbooks;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A tick on a checklist item that no longer exists changes nothing, and the person who clicked is told. */
@QuarkusTest
@TestProfile(ShippedRunbooks.class)
class RunbookItemGoneTest extends SlackFlowTest {

    private static final String CLICKER = "U0CLICKER";

    @Test
    void aTickOnAnItemThatIsGoneIsExplainedPrivately() {
        declareAndWait("Checkout API returning 500s --sev 2");
        long post = ((Number) db.value("select min(post_id) from runbook_item")).longValue();
        long ticked = db.count("timeline_entry where kind = 'runbook_ticked'");

        postForm(interaction(tick(post, 999))).statusCode(200);
        postForm(interaction(tick(post + 1000, 0))).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.postEphemeral").stream()
                .filter(form -> CLICKER.equals(form.get("user"))).count() == 2);
        assertThat(slack.forms("chat.postEphemeral")).filteredOn(form -> CLICKER.equals(form.get("user")))
                .allSatisfy(form -> {
                    assertThat(form).containsEntry("channel", "CINC0001");
                    assertThat(form.get("text")).contains("no longer in this runbook")
                            .contains("nothing was ticked").contains("`/incident runbook`");
                });
        assertThat(db.count("timeline_entry where kind = 'runbook_ticked'")).isEqualTo(ticked);
        assertThat(db.count("runbook_item where ticked_by is not null")).isZero();
    }

    private static String tick(long post, int item) {
        return BlockClick.by(CLICKER).of("""
                {"type":"checkboxes","action_id":"runbook_item","block_id":"runbook_item:%d:%d",
                   "selected_options":[{"text":{"type":"mrkdwn","text":"done"},"value":"done"}],
                   "action_ts":"1795300001.000200"}""".formatted(post, item));
    }
}
