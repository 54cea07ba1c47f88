package io.hikeshi.incident;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeclareModalTest extends SlackFlowTest {

    @Test
    void declareWithoutATitleOpensTheFormAtOnce() {
        postForm(slashCommand("declare", "trigger-form")).statusCode(200);

        assertThat(slack.forms("views.open")).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("trigger_id", "trigger-form");
            String view = FakeSlack.text(form.get("view"));
            assertThat(view).contains("Declare an incident").contains("Title").contains("Severity")
                    .contains("SEV1").contains("Critical: the service is down").contains("What do you see?");
            assertThat(form.get("view")).contains("\"callback_id\":\"hikeshi_declare\"")
                    .contains("\"private_metadata\":\"CORIGIN\"");
        });
        assertThat(db.count("incident")).isZero();
    }

    @Test
    void aFormThatCannotOpenIsExplained() {
        slack.answer("views.open", "{\"ok\":false,\"error\":\"expired_trigger_id\"}");
        postForm(slashCommand("declare"))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("expired_trigger_id"))
                .body("text", containsString("/incident declare <title>"));
    }

    @Test
    void submittingTheFormDeclares() {
        postForm(interaction(SlackRequests.declareFormSubmission("V-1", "Orders stuck in pending", "SEV1",
                "Queue depth at 40k", false)))
                .statusCode(200)
                .body("response_action", equalTo("update"))
                .body("view.blocks[0].text.text", containsString("INC-"));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(db.count("incident where title = 'Orders stuck in pending' and severity = 'SEV1'"
                + " and description = 'Queue depth at 40k' and declared_in_channel = 'CORIGIN'")).isEqualTo(1);
        assertThat(slack.forms("conversations.create").get(0).get("name")).endsWith("-orders-stuck-in-pending");
    }

    @Test
    void aDoubleSubmittedFormDeclaresOnce() throws Exception {
        String body = interaction(SlackRequests.declareFormSubmission("V-double", "Email delivery delayed", "SEV3", null, true));
        List<CompletableFuture<Integer>> submits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            submits.add(CompletableFuture.supplyAsync(() -> postForm(body).extract().statusCode()));
        }
        for (CompletableFuture<Integer> submit : submits) {
            assertThat(submit.get()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(db.count("incident where drill = true")).isEqualTo(1);
        assertThat(slack.calls("conversations.create")).hasSize(1);
    }

    @Test
    void aBlankTitleInTheFormIsShownNextToTheField() {
        postForm(interaction(SlackRequests.declareFormSubmission("V-blank", "   ", "SEV2", null, false)))
                .statusCode(200)
                .body("response_action", equalTo("errors"))
                .body("errors.title", containsString("needs a title"));
        assertThat(db.count("incident")).isZero();
    }
}
