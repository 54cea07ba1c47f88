package io.hikeshi.transcript;

import static io.hikeshi.support.SlackRequests.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message events become the transcript of incident channels: once each, edits and deletions applied, noise left out. */
@QuarkusTest
class TranscriptEventsTest extends SlackFlowTest {

    static final String CHANNEL = FakeSlack.INCIDENT_CHANNEL;

    @Test
    void messagesRepliesEditsAndDeletionsAreKeptOnceAndNoiseIsDropped() {
        declareAndWait("Kafka consumer lag");
        String first = SlackEvents.message("EvM1", CHANNEL, "U1", "1700000001.000100", null, "Lag is 2 million");
        postJson(first).statusCode(200);
        postJson(first).statusCode(200);
        postJson(SlackEvents.message("EvM2", CHANNEL, "U2", "1700000002.000100", "1700000001.000100",
                "Consumers restarted")).statusCode(200);
        postJson(SlackEvents.message("EvM3", CHANNEL, "U2", "1700000003.000100", null, "oops wrong channel"))
                .statusCode(200);
        postJson(SlackEvents.edited("EvE1", CHANNEL, "U1", "1700000001.000100", "Lag is 3 million",
                "1700000009.000100")).statusCode(200);
        // An older edit arriving late does not win over the newer one.
        postJson(SlackEvents.edited("EvE0", CHANNEL, "U1", "1700000001.000100", "Lag is 2.5 million",
                "1700000005.000100")).statusCode(200);
        postJson(SlackEvents.deleted("EvD1", CHANNEL, "1700000003.000100", "1700000010.000100")).statusCode(200);
        postJson(SlackEvents.botMessage("EvB1", CHANNEL, "1700000004.000100", "hikeshi card")).statusCode(200);
        postJson(SlackEvents.joined("EvJ1", CHANNEL, "U3", "1700000005.000200")).statusCode(200);
        postJson(SlackEvents.message("EvX1", "COTHER", "U1", "1700000006.000100", null, "not an incident"))
                .statusCode(200);

        List<Object[]> rows = db.rows("select ts, thread_ts, user_id, text, deleted from transcript_message order by ts");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("1700000001.000100", null, "U1", "Lag is 3 million", false);
        assertThat(rows.get(1)).containsExactly("1700000002.000100", "1700000001.000100", "U2", "Consumers restarted",
                false);
        assertThat(rows.get(2)).containsExactly("1700000003.000100", null, "U2", "", true);
    }

    @Test
    void aDeletionThatArrivesBeforeItsMessageStillWins() {
        declareAndWait("Kafka consumer lag");
        postJson(SlackEvents.deleted("EvD2", CHANNEL, "1700000003.000100", "1700000010.000100")).statusCode(200);
        postJson(SlackEvents.message("EvM4", CHANNEL, "U2", "1700000003.000100", null, "secret-ish")).statusCode(200);

        assertThat(db.count("transcript_message where deleted = true and text = ''")).isEqualTo(1);
        assertThat(db.count("transcript_message")).isEqualTo(1);
    }

    @Test
    void aMessageThatCannotBeStoredIsNotAcknowledgedSoSlackSendsItAgain() {
        declareAndWait("Kafka consumer lag");
        // Longer than any Slack ts, and than the column: the insert fails.
        String unstorable = "1700000001." + "0".repeat(40);
        postJson(SlackEvents.message("EvBAD", CHANNEL, "U1", unstorable, null, "never stored")).statusCode(503);
        postJson(SlackEvents.message("EvOK", CHANNEL, "U1", "1700000002.000100", null, "stored")).statusCode(200);

        assertThat(db.count("transcript_message")).isEqualTo(1);
        assertThat(db.value("select text from transcript_message")).isEqualTo("stored");
    }

    @Test
    void anEditRetriedAfterTheDeletionDoesNotBringTheTextBack() {
        declareAndWait("Kafka consumer lag");
        postJson(SlackEvents.message("EvM5", CHANNEL, "U2", "1700000003.000100", null, "db password is hunter2"))
                .statusCode(200);
        postJson(SlackEvents.deleted("EvD3", CHANNEL, "1700000003.000100", "1700000010.000100")).statusCode(200);
        // Slack retries an edit made before the deletion minutes later: it must not refill the tombstone.
        postJson(SlackEvents.edited("EvE3", CHANNEL, "U2", "1700000003.000100", "db password is hunter3",
                "1700000009.000100")).statusCode(200);

        assertThat(db.rows("select text, deleted, edited_ts from transcript_message"))
                .containsExactly(new Object[] {"", true, null});
    }
}
