package io.hikeshi.runbook;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.slack.Mrkdwn;
import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.ShippedRunbooks;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runbooks through Slack, with the runbooks shipped in templates/runbooks. */
@QuarkusTest
@TestProfile(ShippedRunbooks.class)
class RunbookFlowTest extends SlackFlowTest {

    private static final String CLICKER = "U0CLICKER";

    @BeforeEach
    void declare() {
        declareAndWait("Checkout API returning 500s after deploy --sev 2");
        awaitOutboxDone();
    }

    @Test
    void declaringPostsFirstResponseAndTheBestMatchWithCheckboxes() {
        List<String> posted = runbookMessages();
        assertThat(posted).hasSize(2);
        assertThat(FakeSlack.text(posted.get(0))).startsWith("📘 First response\n")
                .contains("Posted by hikeshi: posted on every declare")
                .contains("Assign a scribe who keeps the record: `/incident scribe @someone`");
        assertThat(FakeSlack.text(posted.get(1))).startsWith("📘 Elevated 5xx after a deploy\n")
                .contains("matched service checkout, service checkout-api, keyword 500, keyword deploy")
                .contains("```\nkubectl -n &lt;namespace&gt; rollout undo deployment/&lt;service&gt;");
        assertThat(posted.get(0)).contains("\"type\":\"checkboxes\"").contains("\"action_id\":\"runbook_item\"");
        assertThat(db.count("timeline_entry where kind = 'runbook_posted' and author is null")).isEqualTo(2);
        assertThat(db.count("runbook_message")).isEqualTo(2);
        assertThat(db.count("runbook_item")).isEqualTo(db.count("runbook_item where ticked_by is null")).isPositive();
    }

    @Test
    void listShowsMatchesBestFirstThenTheOthersWithPostButtons() {
        String json = inIncidentChannel("runbook").statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo("Runbooks for INC-" + incident() + ": 1 matching, 4 other"))
                .extract().asString();

        String text = FakeSlack.text(json);
        assertThat(text).containsSubsequence("Matching this incident", "Elevated 5xx after a deploy",
                "score 11: service checkout, service checkout-api, keyword 500, keyword deploy, severity SEV2",
                "Other runbooks", "Certificate expired or about to expire", "Database failover and replication lag",
                "First response", "Third-party dependency outage");
        assertThat(json.split("\"action_id\":\"runbook_post\"", -1)).hasSize(6);
    }

    @Test
    void postByNameOrTitle() {
        inIncidentChannel("runbook database-failover").statusCode(200)
                .body("text", containsString("Posting *Database failover and replication lag* in this channel."));
        inIncidentChannel("runbook \"certificate EXPIRED or about to expire\"").statusCode(200)
                .body("text", containsString("Posting *Certificate expired or about to expire*"));

        awaitOutboxDone();
        List<String> posted = runbookMessages();
        assertThat(posted).hasSize(4);
        assertThat(FakeSlack.text(posted.get(2))).startsWith("📘 Database failover and replication lag\n")
                .contains("Posted by <@" + SlackRequests.DECLARER + ">");
        assertThat(FakeSlack.text(posted.get(3))).startsWith("📘 Certificate expired or about to expire\n");
        assertThat(db.count("timeline_entry where kind = 'runbook_posted' and author = '" + SlackRequests.DECLARER
                + "'")).isEqualTo(2);
    }

    @Test
    void aRetriedCommandPostsOnce() {
        String command = SlackRequests.slashCommand("runbook first-response", "trigger-" + UUID.randomUUID(),
                FakeSlack.INCIDENT_CHANNEL);
        postForm(command).statusCode(200);
        postForm(command).statusCode(200);

        awaitOutboxDone();
        assertThat(runbookMessages()).hasSize(3);
    }

    @Test
    void anUnknownNameSuggestsTheNearest() {
        inIncidentChannel("runbook nosuchthing").statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", allOf(containsString("There is no runbook named or titled `nosuchthing`."),
                        containsString("The nearest: `"),
                        containsString("Usage: `/incident runbook [name]` — `/incident runbook` lists all 5.")));
        inIncidentChannel("runbook databse-failover").statusCode(200)
                .body("text", containsString("The nearest: `database-failover` (Database failover and replication"
                        + " lag)"));
        assertThat(db.count("runbook_post")).isEqualTo(2);
    }

    @Test
    void outsideAnIncidentChannelItSaysWhereItWorks() {
        postForm(slashCommand("runbook")).statusCode(200)
                .body("text", containsString("`/incident runbook` works in an incident's own channel"));
    }

    @Test
    void thePostmortemDraftShowsHowFarEachChecklistGot() {
        long post = post("first-response");
        long total = db.count("runbook_item where post_id = " + post);
        postForm(interaction(checkbox(post, 1, true))).statusCode(200);
        awaitOutboxDone();

        inIncidentChannel("resolve").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version") == 1);
        assertThat((String) db.value("select markdown from postmortem_version"))
                .contains("Checklists:", "- First response: 1 of " + total + " done");
    }

    @Test
    void tickingABoxRecordsWhoAndUpdatesTheMessageForEveryone() {
        long post = post("first-response");
        String item = (String) db.value("select text from runbook_item where post_id = " + post + " and item = 1");

        postForm(interaction(checkbox(post, 1, true))).statusCode(200);

        assertThat(db.count("runbook_item where post_id = " + post + " and item = 1 and ticked_by = '" + CLICKER
                + "' and ticked_at is not null")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'runbook_ticked' and author = '" + CLICKER + "' and text = '"
                + "Ticked in runbook First response: " + item.replace("'", "''") + "'")).isEqualTo(1);
        awaitOutboxDone();
        List<Map<String, String>> updates = slack.forms("chat.update");
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL)
                .containsEntry("ts", "1700000000.000100");
        assertThat(FakeSlack.text(updates.get(0).get("blocks"))).contains(":white_check_mark: <@" + CLICKER + ">");
        assertThat(updates.get(0).get("blocks")).contains("\"initial_options\"");

        // The same click again (Slack retried it) changes nothing; unticking is recorded too.
        postForm(interaction(checkbox(post, 1, true))).statusCode(200);
        postForm(interaction(checkbox(post, 1, false))).statusCode(200);

        awaitOutboxDone();
        assertThat(db.count("timeline_entry where kind = 'runbook_ticked'")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'runbook_unticked' and author = '" + CLICKER + "'"))
                .isEqualTo(1);
        assertThat(db.count("runbook_item where ticked_by is not null")).isZero();
        assertThat(slack.calls("chat.update")).hasSize(2);
        assertThat(slack.forms("chat.update").get(1).get("blocks")).doesNotContain("initial_options");
    }

    @Test
    void aNewCommandersBriefListsTheBoxesNobodyTickedYet() {
        long post = post("first-response");
        String ticked = (String) db.value("select text from runbook_item where post_id = " + post + " and item = 1");
        String open = (String) db.value("select text from runbook_item where post_id = " + post + " and item = 2");
        postForm(interaction(checkbox(post, 1, true))).statusCode(200);

        inIncidentChannel("commander <@U0NEXT>").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.forms("chat.postMessage").stream()
                .anyMatch(form -> "U0NEXT".equals(form.get("channel")) && form.get("blocks") != null
                        && FakeSlack.text(form.get("blocks")).contains("Checklist items not ticked yet")));
        String brief = slack.forms("chat.postMessage").stream()
                .filter(form -> "U0NEXT".equals(form.get("channel")) && form.get("blocks") != null)
                .map(form -> FakeSlack.text(form.get("blocks")))
                .filter(text -> text.contains("Checklist items not ticked yet")).findFirst().orElseThrow();
        assertThat(brief).contains("First response: " + Mrkdwn.escape(open))
                .doesNotContain("First response: " + Mrkdwn.escape(ticked))
                .contains("Elevated 5xx after a deploy: ");
    }

    @Test
    void thePostButtonInTheListPostsThatRunbook() {
        postForm(interaction(postButton("third-party-outage"))).statusCode(200);

        awaitOutboxDone();
        assertThat(FakeSlack.text(runbookMessages().get(2))).startsWith("📘 Third-party dependency outage\n")
                .contains("Posted by <@" + CLICKER + ">");
    }

    @Test
    void thePostButtonOfARunbookGoneSinceTheListSaysSoPrivatelyOnce() {
        String click = interaction(postButton("database-failver"));
        postForm(click).statusCode(200);
        postForm(click).statusCode(200);

        awaitOutboxDone();
        assertThat(slack.forms("chat.postEphemeral")).singleElement().satisfies(notice -> {
            assertThat(notice).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL).containsEntry("user", CLICKER);
            assertThat(notice.get("text")).contains("The runbook `database-failver` is gone")
                    .contains("The nearest now: `database-failover`");
        });
        assertThat(db.count("runbook_post")).isEqualTo(2);
    }

    private long incident() {
        return ((Number) db.value("select id from incident")).longValue();
    }

    private long post(String name) {
        return ((Number) db.value("select id from runbook_post where runbook_name = '" + name + "'")).longValue();
    }

    private List<String> runbookMessages() {
        return slack.forms("chat.postMessage").stream().map(form -> form.get("blocks"))
                .filter(blocks -> blocks != null && blocks.contains("📘")).toList();
    }

    private void awaitOutboxDone() {
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
    }

    private static String checkbox(long post, int item, boolean ticked) {
        String selected = ticked ? "{\"text\":{\"type\":\"plain_text\",\"text\":\"Done\"},\"value\":\"" + item + "\"}" : "";
        return click("""
                {"type":"checkboxes","action_id":"runbook_item","block_id":"runbook_item:%d:%d",
                 "selected_options":[%s],"action_ts":"1795300001.000200"}""".formatted(post, item, selected));
    }

    private static String postButton(String name) {
        return click("""
                {"type":"button","action_id":"runbook_post","block_id":"b1","value":"%s",
                 "text":{"type":"plain_text","text":"Post"},"action_ts":"1795300002.000300"}""".formatted(name));
    }

    private static String click(String action) {
        return BlockClick.by(CLICKER).of(action);
    }
}
