package io.hikeshi.timeline;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
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

        // The same message added twice: two shortcuts, each with its own trigger id.
        postForm(interaction(shortcut("CINC0001", "1795300000.123456", "Rolled back deploy 4711, errors dropping")))
                .statusCode(200);
        postForm(interaction(shortcut("CINC0001", "1795300000.123456", "Rolled back deploy 4711, errors dropping")))
                .statusCode(200);

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

    @Test
    void aPushpinReactionAddsTheMessageOnceEvenWhenRetriedOrAlsoShortcut() {
        postForm(slashCommand("declare Checkout API returning 500s")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        slack.answer("conversations.history", "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"user\":\"UAUTHOR\","
                + "\"ts\":\"1795300000.777777\",\"text\":\"DB failover finished at 14:32\"}]}");
        slack.answer("chat.getPermalink", "{\"ok\":true,\"channel\":\"CINC0001\","
                + "\"permalink\":\"https://acme.slack.com/archives/CINC0001/p1795300000777777\"}");

        String reaction = reaction("Ev0PIN1", "pushpin", "1795300000.777777");
        SlackRequests.postJson(reaction).statusCode(200);
        SlackRequests.postJson(reaction).statusCode(200);
        SlackRequests.postJson(reaction("Ev0PIN2", "pushpin", "1795300000.777777")).statusCode(200);
        SlackRequests.postJson(reaction("Ev0EYES", "eyes", "1795300000.888888")).statusCode(200);
        postForm(interaction(shortcut("CINC0001", "1795300000.777777", "DB failover finished at 14:32")))
                .statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("timeline_entry where kind = 'message'"
                + " and permalink is not null") == 1);
        assertThat(db.count("timeline_entry where kind = 'message'")).isEqualTo(1);
        assertThat(db.count("timeline_entry where text = 'DB failover finished at 14:32' and author = 'UAUTHOR'"
                + " and permalink = 'https://acme.slack.com/archives/CINC0001/p1795300000777777'")).isEqualTo(1);
    }

    private static String reaction(String eventId, String emoji, String ts) {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s",
                 "event_time":1795300001,
                 "event":{"type":"reaction_added","user":"UREACTOR","reaction":"%s","item_user":"UAUTHOR",
                   "item":{"type":"message","channel":"CINC0001","ts":"%s"},"event_ts":"1795300001.000100"}}
                """.formatted(eventId, emoji, ts);
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
                """.formatted(java.util.UUID.randomUUID(), channel, ts, text);
    }
}
