package io.hikeshi.incident;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed declare gets an ephemeral answer with what was wrong and the usage, and creates nothing. */
@QuarkusTest
class DeclareBadInputTest extends SlackFlowTest {

    @AfterEach
    void nothingWasCreated() {
        assertThat(db.count("incident")).isZero();
        assertThat(db.count("outbox_entry")).isZero();
        assertThat(slack.calls("conversations.create")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "declare --sev 2                          | The incident needs a title",
            "declare \"\"                               | The incident needs a title",
            "declare Checkout down --sev 9            | There is no severity `9`. Choose SEV1, SEV2, SEV3 or SEV4.",
            "declare Checkout down --sev              | `--sev` needs a level after it",
            "declare Checkout down --sev 1 --sev 2    | `--sev` is given twice",
            "declare Checkout down --priority high    | I don't know the option `--priority`",
            "declare \"Checkout down --sev 2          | is never closed",
    })
    void aBadDeclareIsExplained(String text, String problem) {
        postForm(slashCommand(text))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString(problem))
                .body("text", containsString("Usage: `/incident declare <title> [--sev N] [--drill] [--service api,auth] [--private]`"));
    }

    @org.junit.jupiter.api.Test
    void aFiveThousandCharacterTitleIsRefused() {
        postForm(slashCommand("declare " + "x".repeat(5000)))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("The title is 5000 characters long; keep it to 150 or fewer"))
                .body("text", containsString("Usage:"));
    }

    @org.junit.jupiter.api.Test
    void anUnknownSubcommandListsTheCommands() {
        postForm(slashCommand("delcare Checkout down"))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("I don't know the command `delcare`"))
                .body("text", containsString("/incident declare <title> [--sev N] [--drill]"))
                .body("text", containsString("/incident list"));
    }
}
