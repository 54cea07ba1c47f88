package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A new commander receives a private brief: the catch-up, open action items and unticked checklist items. */
@QuarkusTest
@TestProfile(HandoverBriefTest.ShortRunbook.class)
class HandoverBriefTest extends CatchUpFlowTest {

    /** A first-response runbook of three boxes, posted on every declare (other tests run without runbooks). */
    public static class ShortRunbook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.templates.dir", "src/test/resources/templates-handover");
        }
    }

    @Test
    void theNewCommanderGetsTheBriefByDirectMessage() {
        say("1700000001.000100", "Checkout returns 500s");
        inIncidentChannel("action Rotate the leaked API key <@U0OWNER|bob>").statusCode(200);

        inIncidentChannel("commander <@UNEXT>").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> brief().isPresent());
        String text = FakeSlack.text(brief().get().get("blocks"));
        assertThat(text).contains("AI-generated").contains("Checkout is failing for some users.")
                .contains("Open action items").contains("Rotate the leaked API key (owner: alice)")
                .contains("Checklist items not ticked yet")
                .contains("Assign a scribe (/incident scribe @someone) and any other roles you need")
                .contains("commander: alice");
        assertThat(brief().get()).containsEntry("unfurl_links", "0");
    }

    @Test
    void theBriefListsTheRunbookBoxesNobodyTickedAndNotTheTickedOne() {
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("runbook_item") == 3
                && db.count("outbox_entry where state <> 'DONE'") == 0);
        long post = ((Number) db.value("select id from runbook_post where runbook_name = 'first-response'"))
                .longValue();
        int freeze = ((Number) db.value("select item from runbook_item where text = 'Freeze deploys to checkout'"))
                .intValue();
        SlackRequests.postForm(SlackRequests.interaction(tick(post, freeze))).statusCode(200);
        assertThat(db.count("runbook_item where ticked_by is not null")).isEqualTo(1);

        inIncidentChannel("commander <@UNEXT>").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> brief().isPresent());
        String text = FakeSlack.text(brief().get().get("blocks"));
        String unticked = text.substring(text.indexOf("Checklist items not ticked yet"));
        assertThat(unticked).contains("First response: Page the payments on-call")
                .contains("First response: Post the first status update")
                .doesNotContain("Freeze deploys to checkout")
                .contains("Assign a scribe (/incident scribe @someone) and any other roles you need");
    }

    /** Someone ticks one box of the posted runbook, as Slack sends the click. */
    private static String tick(long post, int item) {
        return BlockClick.by("U0CLICKER").of("""
                {"type":"checkboxes","action_id":"runbook_item","block_id":"runbook_item:%d:%d",
                 "selected_options":[{"text":{"type":"plain_text","text":"Done"},"value":"%d"}],
                 "action_ts":"1795300001.000200"}""".formatted(post, item, item));
    }

    private Optional<Map<String, String>> brief() {
        return slack.forms("chat.postMessage").stream()
                .filter(form -> "UNEXT".equals(form.get("channel")) && form.get("blocks") != null
                        && form.get("blocks").contains("Catch-up"))
                .findFirst();
    }
}
