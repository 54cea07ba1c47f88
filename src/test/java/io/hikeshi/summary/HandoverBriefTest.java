package io.hikeshi.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeSlack;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A new commander receives a private brief: the catch-up, open action items and unticked checklist items. */
@QuarkusTest
class HandoverBriefTest extends CatchUpFlowTest {

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

    private Optional<Map<String, String>> brief() {
        return slack.forms("chat.postMessage").stream()
                .filter(form -> "UNEXT".equals(form.get("channel")) && form.get("blocks") != null
                        && form.get("blocks").contains("Catch-up"))
                .findFirst();
    }
}
