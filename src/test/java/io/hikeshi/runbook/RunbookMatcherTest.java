package io.hikeshi.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class RunbookMatcherTest {

    private static final List<Runbook> SHIPPED = new RunbookLoader(256 * 1024, Set.of("SEV1", "SEV2", "SEV3", "SEV4"),
            "first-response").load(Path.of("templates/runbooks")).runbooks();

    @Test
    void scoresServicesKeywordsAndSeverity() {
        Runbook runbook = runbook(new Runbook.Match(List.of("checkout-api"), List.of("5xx", "500", "error rate"),
                List.of("SEV1", "SEV2")));

        RunbookMatcher.Scored scored = RunbookMatcher.score(runbook,
                new RunbookMatcher.IncidentFacts("Checkout API returning 500s", "Error rates up since 14:00", "SEV2"));

        assertThat(scored.score()).isEqualTo(3 + 2 + 2 + 1);
        assertThat(scored.reasons()).containsExactly("service checkout-api", "keyword 500", "keyword error rate",
                "severity SEV2");
    }

    @Test
    void listedSeveritiesExcludeTheOthers() {
        Runbook runbook = runbook(new Runbook.Match(List.of("checkout"), List.of(), List.of("SEV1")));

        assertThat(RunbookMatcher.score(runbook, facts("Checkout down", "SEV3")).score()).isZero();
        assertThat(RunbookMatcher.score(runbook, facts("Checkout down", "sev1")).score()).isEqualTo(4);
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        Runbook runbook = runbook(new Runbook.Match(List.of("db"), List.of("cert"), List.of()));

        assertThat(RunbookMatcher.score(runbook, facts("dbadmin login broken; concert tickets", "SEV3")).score())
                .isZero();
        assertThat(RunbookMatcher.score(runbook, facts("DB: certs expired", "SEV3")).score()).isEqualTo(5);
    }

    @Test
    void theShippedRunbooksMatchTheIncidentsTheyAreFor() {
        assertThat(best("Checkout API returning 500s after deploy")).isEqualTo("rollback-after-deploy");
        assertThat(best("Replication lag on the orders database")).isEqualTo("database-failover");
        assertThat(best("TLS certificate expired on api.example.com")).isEqualTo("certificate-expiry");
        assertThat(best("Stripe payments timing out")).isEqualTo("third-party-outage");
    }

    @Test
    void aTitleAboutNothingKnownScoresNothing() {
        assertThat(RunbookMatcher.rank(SHIPPED, facts("Office coffee machine is sad", "SEV4")))
                .allSatisfy(scored -> assertThat(scored.score()).isZero());
    }

    @Test
    void ranksBestFirstThenByName() {
        Runbook a = runbook("a", new Runbook.Match(List.of(), List.of("deploy"), List.of()));
        Runbook b = runbook("b", new Runbook.Match(List.of("checkout"), List.of("deploy"), List.of()));
        Runbook c = runbook("c", new Runbook.Match(List.of(), List.of("deploy"), List.of()));

        assertThat(RunbookMatcher.rank(List.of(c, a, b), facts("Checkout broken after deploy", "SEV2")))
                .extracting(scored -> scored.runbook().name()).containsExactly("b", "a", "c");
    }

    private static String best(String title) {
        return RunbookMatcher.rank(SHIPPED, facts(title, "SEV2")).get(0).runbook().name();
    }

    private static RunbookMatcher.IncidentFacts facts(String title, String severity) {
        return new RunbookMatcher.IncidentFacts(title, null, severity);
    }

    private static Runbook runbook(Runbook.Match match) {
        return runbook("x", match);
    }

    private static Runbook runbook(String name, Runbook.Match match) {
        return new Runbook(name, name + ".md", name, null, match, "body", 4, List.of());
    }
}
