package io.hikeshi.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.incident.IncidentStats;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** When labels make incidents repeats: the same cause (not unknown) and a shared service, one key per service. */
@Tag("no-database")
class SimilarityRuleTest {

    @Test
    void oneKeyPerServiceOfAnIncidentWithAKnownCause() {
        assertThat(SimilarityRule.keys(incident(List.of("api", "db"), "deploy"))).containsExactly("deploy\napi",
                "deploy\ndb");
        assertThat(SimilarityRule.keys(incident(List.of("api"), "unknown"))).isEmpty();
        assertThat(SimilarityRule.keys(incident(List.of("api"), null))).isEmpty();
        assertThat(SimilarityRule.keys(incident(List.of(), "deploy"))).isEmpty();
        assertThat(SimilarityRule.describe("deploy\napi")).isEqualTo("cause deploy, service api");
    }

    private static LabelledIncident incident(List<String> services, String cause) {
        return new LabelledIncident(new IncidentStats.Summary(1, "INC-1", "title", "SEV2", Instant.EPOCH, null),
                services, cause);
    }
}
