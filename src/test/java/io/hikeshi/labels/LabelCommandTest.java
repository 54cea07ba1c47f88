package io.hikeshi.labels;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Services named when declaring (command and form) become the declarer's confirmed labels; {@code /incident label}
 * shows, sets and confirms labels, keeping every change as history, and explains wrong arguments.
 */
@QuarkusTest
class LabelCommandTest extends SlackFlowTest {

    @Test
    void servicesNamedOnDeclareAreTheDeclarersConfirmedLabels() {
        declareAndWait("Checkout down --sev 2 --service checkout-api, Auth --service api");

        assertThat(rows()).containsExactly(List.of("service", "checkout-api,auth,api", "CONFIRMED", "declare",
                SlackRequests.DECLARER));
        assertThat(db.value("select title from incident")).isEqualTo("Checkout down");
        inIncidentChannel("label").statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("*Services*: checkout-api, auth, api — _confirmed_ by <@UDECLARER>"))
                .body("text", containsString("*Cause*: —"));
    }

    @Test
    void badServiceNamesOnDeclareAreExplainedAndNothingIsDeclared() {
        postForm(slashCommand("declare Checkout down --service <!channel>")).statusCode(200)
                .body("text", containsString("The services after `--service` could not be read"))
                .body("text", containsString("[--service api,auth]"));
        postForm(slashCommand("declare Checkout down --service")).statusCode(200)
                .body("text", containsString("`--service` needs service names after it"));
        assertThat(db.count("incident")).isZero();
    }

    @Test
    void servicesFromTheDeclareFormAreRecordedAndBadOnesShownByTheField() {
        postForm(interaction(SlackRequests.declareFormSubmission("V-bad", "Orders stuck", "SEV2", null, false,
                "orders, <@U1>"))).statusCode(200)
                .body("response_action", equalTo("errors"))
                .body("errors.services", containsString("letters and digits"));
        assertThat(db.count("incident")).isZero();

        postForm(interaction(SlackRequests.declareFormSubmission("V-ok", "Orders stuck", "SEV2", null, false,
                "orders, payments"))).statusCode(200).body("response_action", equalTo("update"));
        org.awaitility.Awaitility.await().until(() -> db.count("incident_label") == 1);
        assertThat(rows()).containsExactly(List.of("service", "orders,payments", "CONFIRMED", "declare",
                SlackRequests.DECLARER));
    }

    @Test
    void peopleSetConfirmAndClearLabelsAndTheHistoryStays() {
        declareAndWait("Checkout down --sev 2");

        inIncidentChannel("label cause deploy").statusCode(200)
                .body("text", containsString(":white_check_mark: Cause: deploy (set by you)."));
        inIncidentChannel("label services api, auth").statusCode(200)
                .body("text", containsString("Services: api, auth"));
        inIncidentChannel("label service api auth").statusCode(200)
                .body("text", containsString("already, confirmed; nothing changed"));
        inIncidentChannel("label tag flaky_test").statusCode(200)
                .body("text", containsString("Tags: flaky_test (set by you)"));
        inIncidentChannel("label tags none").statusCode(200).body("text", containsString("Tags: —"));
        inIncidentChannel("label confirm").statusCode(200)
                .body("text", containsString("No label is waiting to be confirmed"));

        assertThat(rows()).containsExactly(
                List.of("cause", "deploy", "CONFIRMED", "person", SlackRequests.DECLARER),
                List.of("service", "api,auth", "CONFIRMED", "person", SlackRequests.DECLARER),
                List.of("tag", "flaky_test", "CONFIRMED", "person", SlackRequests.DECLARER),
                List.of("tag", "", "CONFIRMED", "person", SlackRequests.DECLARER));
    }

    @Test
    void wrongArgumentsSayWhatWasWrongAndTheUsage() {
        declareAndWait("Checkout down --sev 2");

        inIncidentChannel("label cause gremlins").statusCode(200)
                .body("text", containsString("There is no cause \"gremlins\"; the causes are: deploy, config,"
                        + " capacity, dependency, data, network, security, unknown."))
                .body("text", containsString("label cause <deploy|config|capacity|dependency|data|network|"
                        + "security|unknown>"));
        inIncidentChannel("label cause deploy, config").statusCode(200)
                .body("text", containsString("An incident has one cause"));
        inIncidentChannel("label colour red").statusCode(200)
                .body("text", containsString("I don't know the label `colour`."))
                .body("text", containsString("label service api, auth"));
        inIncidentChannel("label service").statusCode(200)
                .body("text", containsString("Give the services after `service`, or `none` to clear it."));
        inIncidentChannel("label service " + "x".repeat(41)).statusCode(200)
                .body("text", containsString("at most 40 characters"));
        assertThat(db.count("incident_label")).isZero();

        postForm(slashCommand("label cause deploy")).statusCode(200)
                .body("text", not(containsString("Cause: deploy")));
        assertThat(db.count("incident_label")).isZero();
    }

    @Test
    void theLargestLabelsStayWithinSlackLimits() {
        declareAndWait("Checkout down --sev 2");
        String names = String.join(",", java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> i + "_" + "x".repeat(38)).toList());
        inIncidentChannel("label service " + names).statusCode(200);
        inIncidentChannel("label tag " + names).statusCode(200);

        String text = inIncidentChannel("label").statusCode(200).extract().path("blocks[0].text.text");
        assertThat(text).contains("_" + "x".repeat(38)).hasSizeLessThanOrEqualTo(3000);
    }

    @Test
    void theHelpListsTheLabelCommand() {
        postForm(slashCommand("help")).statusCode(200)
                .body("text", containsString("/incident label` — the incident's labels"));
    }

    private List<List<Object>> rows() {
        return db.rows("select kind, label_values, state, origin, set_by from incident_label order by id").stream()
                .map(List::of).toList();
    }
}
