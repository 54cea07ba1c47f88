package io.hikeshi.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.incident.IncidentStats;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When labels make two incidents repeats: the same cause (not unknown) and a shared service. */
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

    private static LabelledIncident incident(String title, List<String> services, String cause) {
        return new LabelledIncident(new IncidentStats.Summary(1, "INC-1", title, "SEV2", Instant.EPOCH, null),
                services, cause);
    }
}
