package io.hikeshi.actions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "Done" button next to an action item, on the incident card and in the private list. */
@QuarkusTest
class ActionItemDoneTest extends SlackFlowTest {

    private static final String CLICKER = "U0CLICKER";

    @ConfigProperty(name = "quarkus.wiremock.devservices.port")
    int port;

    private WireMock responseUrls;

    @BeforeEach
    void declareAndAddTwoItems() {
        // Slack's response URLs, where a private message is replaced; served by the same fake.
        responseUrls = new WireMock(port);
        responseUrls.register(post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        postForm(slashCommand("declare Checkout API returning 500s")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        inIncidentChannel("action Rotate the leaked API key").statusCode(200);
        inIncidentChannel("action Add an alert on queue depth <@U0OWNER|bob>").statusCode(200);
        awaitOutboxDone();
    }

    @Test
    void doneOnTheCardRecordsWhoAndWhenAndRefreshesTheCard() {
        int cardUpdates = slack.calls("chat.update").size();
        long item = item("Rotate the leaked API key");

        postForm(interaction(click(item, "action_card_" + item, false))).statusCode(200);

        assertThat(db.count("action_item where id = " + item + " and done_by = '" + CLICKER + "'"
                + " and done_at is not null")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'action_item_done' and author = '" + CLICKER + "'"
                + " and text = 'Action item done: Rotate the leaked API key'")).isEqualTo(1);
        awaitOutboxDone();
        assertThat(slack.calls("chat.update")).hasSize(cardUpdates + 1);
        String card = FakeSlack.text(lastCard());
        assertThat(card).contains("*Action items* · 1 open").contains("Add an alert on queue depth")
                .doesNotContain("Rotate the leaked API key");
        assertThat(responses()).isEmpty();
    }

    @Test
    void doneInThePrivateListReplacesItWithTheItemsLeft() {
        long item = item("Add an alert on queue depth");

        postForm(interaction(click(item, "action_list_" + item, true))).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> responses().size() == 1);
        String reply = responses().get(0);
        assertThat(reply).contains("\"replace_original\":true").contains("\"response_type\":\"ephemeral\"");
        assertThat(FakeSlack.text(reply)).contains("1 open action item").contains("Rotate the leaked API key")
                .doesNotContain("Add an alert on queue depth");
        awaitOutboxDone();
        assertThat(FakeSlack.text(lastCard())).doesNotContain("Add an alert on queue depth");
        assertThat(db.count("timeline_entry where kind = 'action_item_done'")).isEqualTo(1);
    }

    @Test
    void aDoubleClickIsHandledOnce() {
        int cardUpdates = slack.calls("chat.update").size();
        long item = item("Rotate the leaked API key");
        // Each click is a request of its own, with its own trigger id (a replay of one request is ReplayedRequestsTest's).
        Supplier<String> click = () -> interaction(click(item, "action_list_" + item, true));

        CompletableFuture<?> first = CompletableFuture.runAsync(() -> postForm(click.get()).statusCode(200));
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> postForm(click.get()).statusCode(200));
        CompletableFuture.allOf(first, second).join();
        postForm(click.get()).statusCode(200);

        assertThat(db.count("timeline_entry where kind = 'action_item_done'")).isEqualTo(1);
        assertThat(db.count("processed_slack_request where request_key = 'action-item-done:" + item + "'"))
                .isEqualTo(1);
        assertThat(db.count("action_item where done_at is not null")).isEqualTo(1);
        awaitOutboxDone();
        assertThat(slack.calls("chat.update")).hasSize(cardUpdates + 1);
        // Every click gets the current list back, so a stale list never keeps showing a done item.
        assertThat(responses()).hasSize(3)
                .allSatisfy(reply -> assertThat(FakeSlack.text(reply)).doesNotContain("Rotate the leaked API key"));
    }

    @Test
    void anExpiredListIsLeftAloneAndTheItemIsStillDone() {
        responseUrls.register(post(urlPathMatching("/respond/.*"))
                .willReturn(aResponse().withStatus(404).withBody("expired_url")));
        long item = item("Rotate the leaked API key");

        postForm(interaction(click(item, "action_list_" + item, true))).statusCode(200);

        awaitOutboxDone();
        assertThat(responses()).hasSize(1);
        assertThat(db.count("outbox_entry where kind = 'action_item_list' and state = 'DONE'")).isEqualTo(1);
        assertThat(db.count("action_item where id = " + item + " and done_at is not null")).isEqualTo(1);
        assertThat(FakeSlack.text(lastCard())).doesNotContain("Rotate the leaked API key");
    }

    @Test
    void anUnknownItemChangesNothing() {
        postForm(interaction(click(987654, "action_card_987654", false))).statusCode(200);

        assertThat(db.count("action_item where done_at is not null")).isZero();
        assertThat(db.count("timeline_entry where kind = 'action_item_done'")).isZero();
    }


    private long item(String text) {
        return ((Number) db.value("select id from action_item where text = '" + text + "'")).longValue();
    }

    private void awaitOutboxDone() {
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
    }

    private String lastCard() {
        List<java.util.Map<String, String>> updates = slack.forms("chat.update");
        return updates.get(updates.size() - 1).get("blocks");
    }

    private List<String> responses() {
        return responseUrls.find(postRequestedFor(urlPathMatching("/respond/.*"))).stream()
                .map(request -> request.getBodyAsString()).toList();
    }

    private String click(long item, String blockId, boolean ephemeral) {
        return BlockClick.by(CLICKER).onEphemeral(ephemeral)
                .answeredAt("http://localhost:" + port + "/respond/T1/1/list").of("""
                        {"type":"button","action_id":"action_item_done","block_id":"%s","value":"%d",
                         "text":{"type":"plain_text","text":"Done"},"action_ts":"1795300001.000200"}"""
                        .formatted(blockId, item));
    }
}
