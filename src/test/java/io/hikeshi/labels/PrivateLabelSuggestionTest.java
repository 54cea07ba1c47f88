package io.hikeshi.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A private incident is not given to the model for its labels ({@code hikeshi.private.llm} is off by default): the
 * keyword rules suggest them and say why; a public incident still goes to the model.
 */
@QuarkusTest
class PrivateLabelSuggestionTest extends SlackFlowTest {

    private static final String LABELS_PROMPT = "You label a resolved incident";

    @BeforeEach
    void fakeModel() {
        FakeLlm.install(new WireMock(wiremockPort));
        FakeLlm.answer(call -> call.system().startsWith(LABELS_PROMPT)
                ? FakeLlm.Reply.content("{\"services\":[],\"cause\":\"config\",\"tags\":[],\"sources\":[\"TITLE\"]}")
                : FakeLlm.digestOfWhatWasGiven(call));
    }

    @Test
    void aPrivateIncidentsLabelsAreSuggestedByTheKeywordRulesWithoutTheModel() {
        declareAndWait("Checkout returning 500s after a bad deploy --private --sev 2");
        inIncidentChannel("note Rolled back deploy 4711 of checkout-api").statusCode(200);

        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("incident_label where kind = 'cause'") == 1
                && db.count("outbox_entry where kind = 'suggest_labels' and state <> 'DONE'") == 0);

        assertThat(labelCalls()).isEmpty();
        assertThat(db.rows("select label_values, origin from incident_label where kind = 'cause'").stream()
                .map(List::of).toList()).containsExactly(List.of("deploy", "rules"));
        assertThat((String) db.value("select reason from incident_label where kind = 'cause'"))
                .startsWith("The language model is not used for private incidents. Keyword rules; cause deploy");
    }

    @Test
    void aPublicIncidentsLabelsStillComeFromTheModel() {
        declareAndWait("Checkout returning 500s after a bad deploy --sev 2");

        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("incident_label where kind = 'cause'") == 1);

        assertThat(labelCalls()).hasSize(1);
        assertThat((String) db.value("select origin from incident_label where kind = 'cause'")).isEqualTo("llm");
    }

    private static List<FakeLlm.Call> labelCalls() {
        return FakeLlm.calls().stream().filter(c -> c.system().startsWith(LABELS_PROMPT)).toList();
    }
}
