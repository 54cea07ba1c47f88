package io.hikeshi.actions;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed {@code /incident action} gets a private answer saying what was wrong and how to type it. */
@QuarkusTest
class ActionBadInputTest extends SlackFlowTest {

    private long outboxEntries;

    @BeforeEach
    void declare() {
        postForm(slashCommand("declare Checkout API returning 500s")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        outboxEntries = db.count("outbox_entry");
    }

    @AfterEach
    void nothingChanged() {
        assertThat(db.count("action_item")).isZero();
        assertThat(db.count("timeline_entry where kind <> 'declared'")).isZero();
        assertThat(db.count("outbox_entry")).isEqualTo(outboxEntries);
        assertThat(slack.calls("chat.update")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "action                          | Say what needs doing: the action item needs some text.",
            "action   \"\"                     | Say what needs doing: the action item needs some text.",
            "action <@U0OWNER>               | Say what needs doing: the action item needs some text before its owner.",
            "action me                       | Say what needs doing: the action item needs some text before its owner.",
            "action Rotate keys @nobody      | I can't find a person called `@nobody` in this workspace. Mention them with @",
            "action Rotate keys &lt;@U0FAKE&gt; | I can't find a person called `&lt;@U0FAKE&gt;`",
            "action \"Rotate keys            | is never closed",
    })
    void aBadActionIsExplained(String text, String problem) {
        inIncidentChannel(text)
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString(problem))
                .body("text", containsString("Usage: `/incident"));
    }

    @Test
    void aMissingTextShowsTheActionUsage() {
        inIncidentChannel("action")
                .statusCode(200)
                .body("text", containsString("Usage: `/incident action <text> [@owner]`, e.g. `/incident action"));
    }

    @Test
    void anOverlongItemIsRefused() {
        inIncidentChannel("action " + "x".repeat(501))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("The action item is 501 characters long; keep it to 500 or fewer"))
                .body("text", containsString("Usage: `/incident action <text> [@owner]`"));
    }

    @Test
    void outsideAnIncidentChannelNothingIsAdded() {
        for (String command : new String[] {"action Rotate the leaked API key", "actions"}) {
            postForm(slashCommand(command))
                    .statusCode(200)
                    .body("response_type", equalTo("ephemeral"))
                    .body("text", containsString("works in an incident's own channel, and this is not one"))
                    .body("text", containsString("`/incident list` shows the open incidents and their channels"));
        }
    }

}
