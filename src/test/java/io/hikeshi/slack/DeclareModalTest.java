package io.hikeshi.slack;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
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
        postForm(interaction(submission("V-1", "Orders stuck in pending", "SEV1", "Queue depth at 40k", false)))
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
        String body = interaction(submission("V-double", "Email delivery delayed", "SEV3", null, true));
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
        postForm(interaction(submission("V-blank", "   ", "SEV2", null, false)))
                .statusCode(200)
                .body("response_action", equalTo("errors"))
                .body("errors.title", containsString("needs a title"));
        assertThat(db.count("incident")).isZero();
    }

    static String submission(String viewId, String title, String severity, String description, boolean drill) {
        String descriptionValue = description == null ? "null" : "\"" + description + "\"";
        String drillOptions = drill
                ? "[{\"text\":{\"type\":\"plain_text\",\"text\":\"drill\"},\"value\":\"drill\"}]" : "[]";
        return """
                {"type":"view_submission","team":{"id":"T1","domain":"acme"},
                 "user":{"id":"UDECLARER","username":"alice","team_id":"T1"},
                 "api_app_id":"A1","token":"legacy","trigger_id":"t-%s",
                 "view":{"id":"%s","team_id":"T1","type":"modal","callback_id":"hikeshi_declare",
                   "private_metadata":"CORIGIN","hash":"h1","app_id":"A1","bot_id":"BBOT",
                   "state":{"values":{
                     "title":{"value":{"type":"plain_text_input","value":"%s"}},
                     "severity":{"value":{"type":"radio_buttons","selected_option":{"text":{"type":"plain_text","text":"%s"},"value":"%s"}}},
                     "description":{"value":{"type":"plain_text_input","value":%s}},
                     "drill":{"value":{"type":"checkboxes","selected_options":%s}}}}},
                 "response_urls":[]}
                """.formatted(viewId, viewId, title, severity, severity, descriptionValue, drillOptions);
    }
}
