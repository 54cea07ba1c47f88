package io.hikeshi.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which runbooks are posted when an incident is declared: first response, then the best matches over the threshold. */
@Tag("no-database")
class RunbookOnDeclareTest {

    private static final RunbookMatcher.IncidentFacts CHECKOUT_DEPLOY =
            new RunbookMatcher.IncidentFacts("Checkout 500s after deploy", null, "SEV2");

    private static final CatalogSnapshot CATALOG = new CatalogSnapshot("runbooks", List.of(
            runbook("first-response", List.of(), List.of("500", "deploy")),  // 4, but posted first anyway
            runbook("service-only", List.of("checkout"), List.of()),             // 3
            runbook("service-and-keyword", List.of("checkout"), List.of("500")), // 5
            runbook("two-keywords", List.of(), List.of("500", "deploy")),        // 4
            runbook("one-keyword", List.of(), List.of("deploy")),                // 2
            runbook("unrelated", List.of("billing"), List.of("invoice"))), List.of());

    @Test
    void firstResponseThenTheBestMatchesUpToTheLimit() {
        assertThat(names(RunbookPosts.onDeclare(CATALOG, CHECKOUT_DEPLOY, config(3, 2))))
                .containsExactly("first-response", "service-and-keyword", "two-keywords");
    }

    @Test
    void aRunbookScoringTheThresholdIsPostedOneBelowIsNot() {
        List<RunbookPosts.Choice> choices = RunbookPosts.onDeclare(CATALOG, CHECKOUT_DEPLOY, config(3, 10));

        assertThat(names(choices)).containsExactly("first-response", "service-and-keyword", "two-keywords",
                "service-only");
        assertThat(choices.get(0).reason()).isEqualTo("posted on every declare");
        assertThat(choices.get(3).reason()).isEqualTo("matched service checkout (score 3)");
    }

    @Test
    void withNothingOverTheThresholdOnlyFirstResponseIsPosted() {
        RunbookMatcher.IncidentFacts coffee = new RunbookMatcher.IncidentFacts("Coffee machine broken", null, "SEV4");

        assertThat(names(RunbookPosts.onDeclare(CATALOG, coffee, config(3, 2)))).containsExactly("first-response");
    }

    @Test
    void withoutAFirstResponseRunbookOnlyMatchesArePosted() {
        CatalogSnapshot withoutFirst = new CatalogSnapshot("runbooks", CATALOG.runbooks().subList(1, 6), List.of());

        assertThat(names(RunbookPosts.onDeclare(withoutFirst, CHECKOUT_DEPLOY, config(3, 2))))
                .containsExactly("service-and-keyword", "two-keywords");
    }

    private static List<String> names(List<RunbookPosts.Choice> choices) {
        return choices.stream().map(choice -> choice.runbook().name()).toList();
    }

    private static Runbook runbook(String name, List<String> services, List<String> keywords) {
        return new Runbook(name, name + ".md", name, null, new Runbook.Match(services, keywords, List.of()), "body", 4,
                List.of());
    }

    private static RunbookConfig config(int threshold, int postOnDeclare) {
        return new Config(Duration.ofSeconds(30), "first-response", threshold, postOnDeclare, 262_144);
    }

    private record Config(Duration rescanEvery, String firstResponse, int threshold, int postOnDeclare,
                          int maxFileBytes) implements RunbookConfig {
    }
}
