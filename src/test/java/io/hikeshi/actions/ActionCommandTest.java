package io.hikeshi.actions;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /incident action} and {@code /incident actions} in an incident channel. */
@QuarkusTest
class ActionCommandTest extends SlackFlowTest {

    private long incident;

    @BeforeEach
    void declare() {
        postForm(slashCommand("declare Checkout API returning 500s")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        incident = ((Number) db.value("select id from incident")).longValue();
    }

    @Test
    void anItemWithoutOwnerIsRecordedOnTheTimelineAndTheCard() {
        inIncidentChannel("action Rotate the leaked API key")
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("Added to INC-" + incident + ": Rotate the leaked API key — no owner yet"));

        assertThat(db.count("action_item where text = 'Rotate the leaked API key' and owner_id is null"
                + " and created_by = 'UDECLARER' and done_at is null and incident_id = " + incident)).isEqualTo(1);
        assertThat(timeline("action_item_added")).containsExactly("Action item added: Rotate the leaked API key");
        String card = cardUpdates(1).get(0);
        assertThat(FakeSlack.text(card)).contains("*Action items* · 1 open")
                .contains("• Rotate the leaked API key — _no owner_");
        assertThat(card).contains("\"action_id\":\"action_item_done\"").contains("\"value\":\"" + itemId() + "\"");
    }

    @Test
    void aMentionedOwnerIsRecordedAndShown() {
        inIncidentChannel("action Add an alert on queue depth <@U0OWNER|bob>")
                .statusCode(200)
                .body("text", containsString("Add an alert on queue depth — owner <@U0OWNER>"));

        assertThat(db.count("action_item where text = 'Add an alert on queue depth' and owner_id = 'U0OWNER'"))
                .isEqualTo(1);
        assertThat(timeline("action_item_added"))
                .containsExactly("Action item added: Add an alert on queue depth (owner @U0OWNER)");
        assertThat(FakeSlack.text(cardUpdates(1).get(0))).contains("• Add an alert on queue depth — <@U0OWNER>");
    }

    @Test
    void meMakesTheCallerTheOwner() {
        inIncidentChannel("action Write the customer email me")
                .statusCode(200)
                .body("text", containsString("owner <@" + SlackRequests.DECLARER + ">"));

        assertThat(db.count("action_item where text = 'Write the customer email' and owner_id = 'UDECLARER'"))
                .isEqualTo(1);
        assertThat(timeline("action_item_added"))
                .containsExactly("Action item added: Write the customer email (owner @UDECLARER)");
    }

    @Test
    void aRepeatedCommandAddsOnce() {
        String command = slashCommand("action Rotate the leaked API key", "trigger-action-repeated")
                .replace("channel_id=CORIGIN", "channel_id=" + FakeSlack.INCIDENT_CHANNEL);
        postForm(command).statusCode(200).body("text", containsString("Added to INC-"));
        postForm(command).statusCode(200).body("text", containsString("Added to INC-"));

        assertThat(db.count("action_item")).isEqualTo(1);
        assertThat(timeline("action_item_added")).hasSize(1);
        assertThat(cardUpdates(1)).hasSize(1);
    }

    @Test
    void actionsListsTheOpenItemsPrivatelyWithDoneButtons() {
        inIncidentChannel("actions")
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("blocks[0].text.text", containsString("has no open action items"));

        inIncidentChannel("action Rotate the leaked API key").statusCode(200);
        inIncidentChannel("action Add an alert on queue depth <@U0OWNER|bob>").statusCode(200);

        inIncidentChannel("actions")
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo("INC-" + incident + ": 2 open action items"))
                .body("blocks[1].text.text", equalTo("• Rotate the leaked API key — _no owner_"))
                .body("blocks[1].accessory.action_id", equalTo("action_item_done"))
                .body("blocks[2].text.text", equalTo("• Add an alert on queue depth — <@U0OWNER>"))
                .body("blocks[2].block_id", containsString("action_list_"));
    }

    @Test
    void helpListsTheActionCommands() {
        postForm(slashCommand("help")).statusCode(200)
                .body("text", containsString("/incident action <text> [@owner]"))
                .body("text", containsString("/incident actions"))
                .body("text", not(containsString("I don't know")));
    }


    private List<String> timeline(String kind) {
        List<?> texts = db.rows("select text from timeline_entry where kind = '" + kind + "' order by id");
        return texts.stream().map(String::valueOf).toList();
    }

    private long itemId() {
        return ((Number) db.value("select max(id) from action_item")).longValue();
    }

    /** The card as re-rendered by chat.update, once there have been {@code expected} updates. */
    private List<String> cardUpdates(int expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.update").size() >= expected
                && db.count("outbox_entry where state <> 'DONE'") == 0);
        return slack.forms("chat.update").stream()
                .filter(form -> FakeSlack.INCIDENT_CHANNEL.equals(form.get("channel")))
                .map(form -> form.get("blocks")).toList();
    }
}
