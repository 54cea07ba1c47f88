package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeLlm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no LLM configured the app works and a catch-up is the automatic summary, labelled, with no retry button. */
@QuarkusTest
@TestProfile(CatchUpWithoutLlmTest.NoLlm.class)
class CatchUpWithoutLlmTest extends CatchUpFlowTest {

    /** LLM_BASE_URL and LLM_MODEL unset. */
    public static class NoLlm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.llm.base-url", "", "hikeshi.llm.model", "", "hikeshi.llm.api-key", "");
        }
    }

    @Test
    void theAutomaticSummaryIsGivenAndLabelled() {
        say("1700000001.000100", "Checkout returns 500s");
        summary("").statusCode(200);

        assertThat(privateAnswers(1).get(0)).contains("Automatic catch-up, not AI").contains("no LLM is configured")
                .contains("alice: Checkout returns 500s").doesNotContain("Try the AI catch-up again");
        assertThat(FakeLlm.calls()).isEmpty();
    }
}
