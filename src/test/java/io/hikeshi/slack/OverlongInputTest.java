package io.hikeshi.slack;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hikeshi.outbox.OutboxWorker;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Over-long and malformed text, typed into every subcommand and every field of the declare form, gets a private
 * answer naming the limit and the usage: never a 500, never the text quoted back, and nothing recorded or posted.
 */
@QuarkusTest
class OverlongInputTest extends SlackFlowTest {

    /** What a person might paste by mistake: a key, then a long log excerpt. */
    static final String PASTE = "AK" + "IAIOSFODNN7EXAMPLE pasted-by-mistake ";

    @Inject
    OutboxWorker worker;

    private long outboxEntries;
    private long timelineEntries;
    private int posted;

    @BeforeEach
    void declare() {
        declareAndWait("Checkout API returning 500s");
        await().atMost(Duration.ofSeconds(30)).until(worker::idle);
        outboxEntries = db.count("outbox_entry");
        timelineEntries = db.count("timeline_entry");
        posted = slack.calls("chat.postMessage").size();
    }

    @AfterEach
    void nothingWasRecordedOrPosted() {
        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(db.count("incident_update")).isZero();
        assertThat(db.count("action_item")).isZero();
        assertThat(db.count("timeline_entry")).isEqualTo(timelineEntries);
        assertThat(db.count("outbox_entry")).isEqualTo(outboxEntries);
        assertThat(db.count("incident where status = 'INVESTIGATING' and severity = 'SEV3'")).isEqualTo(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(posted);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @CsvSource(delimiter = '|', value = {
            "update     | 3100  | 1800 | /incident update <text>",
            "update     | 40000 | 1800 | /incident update <text>",
            "status     | 3100  | 1800 | /incident status <investigating",
            "resolve    | 3100  | 1800 | /incident resolve [summary]",
            "resolve    | 40000 | 1800 | /incident resolve [summary]",
            "reopen     | 3100  | 100  | /incident reopen",
            "note       | 3100  | 3000 | /incident note <text>",
            "note       | 40000 | 3000 | /incident note <text>",
            "timeline   | 3100  | 100  | /incident timeline [page]",
            "action     | 3100  | 500  | /incident action <text> [@owner]",
            "action     | 40000 | 500  | /incident action <text> [@owner]",
            "actions    | 3100  | 100  | /incident actions",
            "commander  | 3100  | 100  | /incident commander <@user|me>",
            "scribe     | 3100  | 100  | /incident commander <@user|me>",
            "role       | 40000 | 60   | /incident commander <@user|me>",
            "roles      | 3100  | 100  | /incident roles",
            "severity   | 3100  | 40   | /incident severity <SEV1|SEV2|SEV3|SEV4>",
            "sev        | 40000 | 40   | /incident severity <SEV1|SEV2|SEV3|SEV4>",
            "started    | 3100  | 64   | /incident started <HH:MM|ISO time>",
            "runbook    | 3100  | 200  | /incident runbook <name or title>",
            "summary    | 3100  | 100  | /incident summary [public]",
            "postmortem | 40000 | 100  | /incident postmortem [link]",
            "list       | 3100  | 100  | /incident list",
            "declare    | 3100  | 150  | /incident declare <title> [--sev N] [--drill]",
            "declare    | 40000 | 150  | /incident declare <title> [--sev N] [--drill]",
            "help       | 40000 | 100  | /incident declare <title> [--sev N] [--drill]",
            "nonsense   | 3100  | 100  | /incident list"})
    void overlongTextIsRefusedWithTheLimitAndTheUsage(String subcommand, int length, int limit, String usage) {
        String text = PASTE + "x".repeat(length - PASTE.length());
        inIncidentChannel(subcommand + " " + text)
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("characters long; keep it to " + limit + " or fewer"))
                .body("text", containsString("Usage:"))
                .body("text", containsString(usage))
                .body("text", not(containsString("pasted-by-mistake")))
                .body("text", not(containsString("AK" + "IA")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "update the bell \u0007 rang | U+0007 | /incident update <text>",
            "note a NUL \u0000 byte       | U+0000 | /incident note <text>",
            "declare esc \u001B[31m red    | U+001B | /incident declare <title>",
            "action del \u007F it          | U+007F | /incident action <text>",
            "resolve next line \u0085 here | U+0085 | /incident resolve [summary]"})
    void controlCharactersAreRefusedWithTheUsage(String text, String character, String usage) {
        inIncidentChannel(text)
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("holds a control character (" + character + ") that cannot be read"))
                .body("text", containsString("Usage:"))
                .body("text", containsString(usage));
    }

    @Test
    void aTitleOrStatusMessageJustOverItsFieldIsRefusedExactly() {
        inIncidentChannel("status monitoring " + "m".repeat(1801)).statusCode(200)
                .body("text", containsString("The status message is 1801 characters long; keep it to 1800"));
        inIncidentChannel("note " + "n".repeat(3001)).statusCode(200)
                .body("text", containsString("The note is 3001 characters long; keep it to 3000"));
        // Slack escapes what is typed; the limit counts the characters typed, not the escapes.
        inIncidentChannel("note " + "&lt;".repeat(3001)).statusCode(200)
                .body("text", containsString("The note is 3001 characters long; keep it to 3000"));
        // Backslashes take two characters each in the outbox payload; the limit leaves room for that.
        inIncidentChannel("update " + "\\".repeat(1801)).statusCode(200)
                .body("text", containsString("The update is 1801 characters long; keep it to 1800"));
    }

    @Test
    void everyDeclareFormFieldIsCheckedBeforeAnythingIsDeclared() {
        long incidents = db.count("incident");
        postForm(interaction(SlackRequests.declareFormSubmission("V-long", PASTE + "t".repeat(3100), "S".repeat(5000),
                PASTE + "d".repeat(40000), false)))
                .statusCode(200)
                .body("response_action", equalTo("errors"))
                .body("errors.title", containsString("The title is " + (PASTE.length() + 3100)
                        + " characters long; keep it to 150 or fewer"))
                .body("errors.description", containsString("The description is " + (PASTE.length() + 40000)
                        + " characters long; keep it to 3000 or fewer"))
                .body("errors.severity", containsString("The severity is 5000 characters long; keep it to 40"));
        postForm(interaction(SlackRequests.declareFormSubmission("V-control", "Checkout \\u0007 down", "SEV2",
                "half a pair \\ud800 here", false)))
                .statusCode(200)
                .body("response_action", equalTo("errors"))
                .body("errors.title", containsString("The title holds a control character (U+0007)"))
                .body("errors.description", containsString("The description holds a broken character (U+D800)"));
        assertThat(db.count("incident")).isEqualTo(incidents);
    }
}
