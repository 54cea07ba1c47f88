package io.hikeshi.slack;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The "Add to incident timeline" message shortcut. */
@QuarkusTest
class TimelineShortcutTest extends SlackFlowTest {

    @Test
    void aMessageIsAddedOnceWithItsPermalink() {
        postForm(slashCommand("declare Checkout API returning 500s")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);

        String shortcut = shortcut("CINC0001", "1795300000.123456", "Rolled back deploy 4711, errors dropping");
        postForm(interaction(shortcut)).statusCode(200);
        postForm(interaction(shortcut)).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.postEphemeral").size() == 2);
        assertThat(db.count("timeline_entry where kind = 'message' and author = 'UAUTHOR'"
                + " and text = 'Rolled back deploy 4711, errors dropping'"
                + " and permalink = 'https://acme.slack.com/archives/CINC0001/p1795300000123456'")).isEqualTo(1);
        assertThat(slack.forms("chat.postEphemeral")).extracting(form -> form.get("text"))
                .containsExactly("Added to the INC-" + incidentNumber() + " timeline.",
                        "That message is already on the INC-" + incidentNumber() + " timeline.");
        assertThat(slack.forms("chat.postEphemeral")).allSatisfy(form ->
                assertThat(form).containsEntry("user", "UCAPTURER").containsEntry("channel", "CINC0001"));
    }

    @Test
    void outsideAnIncidentChannelTheShortcutExplains() {
        postForm(interaction(shortcut("CRANDOM", "1795300000.000001", "hello"))).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.postEphemeral").size() == 1);
        assertThat(slack.forms("chat.postEphemeral").get(0).get("text")).contains("not an incident channel");
        assertThat(db.count("timeline_entry")).isZero();
    }

    private long incidentNumber() {
        return ((Number) db.value("select id from incident")).longValue();
    }

    private static String shortcut(String channel, String ts, String text) {
        return """
                {"type":"message_action","token":"legacy","action_ts":"1795300001.1","callback_id":"add_to_timeline",
                 "trigger_id":"t-%s","response_url":"https://hooks.slack.com/app/T1/1/x",
                 "team":{"id":"T1","domain":"acme"},"user":{"id":"UCAPTURER","username":"bob","team_id":"T1"},
                 "channel":{"id":"%s","name":"inc"},
                 "message":{"type":"message","user":"UAUTHOR","ts":"%s","text":"%s"}}
                """.formatted(ts, channel, ts, text);
    }
}
