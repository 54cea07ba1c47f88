package io.hikeshi.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.incident.IncidentStats;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When two incidents count as repeats: same cause and a shared service, or mostly the same title words. */
class SimilarityRuleTest {

    @Test
    void sameCauseAndASharedServiceMakeARepeat() {
        assertThat(SimilarityRule.why(incident("A", List.of("api", "db"), "deploy"),
                incident("B", List.of("db"), "deploy"))).isEqualTo("cause deploy, service db");
        assertThat(SimilarityRule.why(incident("A", List.of("api"), "deploy"),
                incident("B", List.of("db"), "deploy"))).isNull();
        assertThat(SimilarityRule.why(incident("A", List.of("api"), "unknown"),
                incident("B", List.of("api"), "unknown"))).isNull();
    }

    @Test
    void titlesSharingMostWordsMakeARepeatInEnglishAndJapanese() {
        assertThat(SimilarityRule.why(incident("Checkout API returning 500s", List.of(), null),
                incident("Checkout API 500s", List.of(), null))).isEqualTo("similar titles");
        assertThat(SimilarityRule.why(incident("Checkout API returning 500s", List.of(), null),
                incident("Login page slow", List.of(), null))).isNull();
        assertThat(SimilarityRule.why(incident("決済APIのタイムアウト", List.of(), null),
                incident("決済APIでタイムアウト発生", List.of(), null))).isEqualTo("similar titles");
        assertThat(SimilarityRule.why(incident("Incident", List.of(), null),
                incident("Incident", List.of(), null))).isNull();
    }

    private static LabelledIncident incident(String title, List<String> services, String cause) {
        return new LabelledIncident(new IncidentStats.Summary(1, "INC-1", title, "SEV2", Instant.EPOCH, null),
                services, cause);
    }
}
