package io.hikeshi.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The routing file: the shipped example, matching, first match wins, and every mistake with its line. */
@Tag("no-database")
class AlertRouteParserTest {

    private final AlertRouteParser parser = new AlertRouteParser(Set.of("SEV1", "SEV2", "SEV3", "SEV4"));

    @Test
    void theShippedExampleParsesAndRoutesInOrder() throws Exception {
        List<AlertRoute> routes = parser.parse("alert-routes.yaml",
                Files.readString(Path.of("templates/alert-routes.yaml.example")));
        RoutesSnapshot snapshot = new RoutesSnapshot(routes, List.of("alert-routes.yaml"), List.of());

        assertThat(routes).extracting(AlertRoute::name)
                .containsExactly("watchdog", "checkout-pages", "staging", "everything-else");
        assertThat(snapshot.route(Map.of("alertname", "Watchdog"), Map.of()).action().type())
                .isEqualTo(RouteAction.Type.IGNORE);
        AlertRoute checkout = snapshot.route(Map.of("severity", "critical", "service", "payments-api"), Map.of());
        assertThat(checkout.name()).isEqualTo("checkout-pages");
        assertThat(checkout.action().severity()).isEqualTo("SEV2");
        assertThat(checkout.action().commander()).isEqualTo("U0123ONCALL");
        // Anchored: "checkout-canary" is not "checkout".
        assertThat(snapshot.route(Map.of("severity", "critical", "service", "checkout-canary"), Map.of()).name())
                .isEqualTo("everything-else");
        assertThat(snapshot.route(Map.of("severity", "warning"), Map.of()).action().channel())
                .isEqualTo("C0123TRIAGE");
    }

    @Test
    void presenceAndNegation() throws Exception {
        List<AlertRoute> routes = parser.parse("f.yaml", """
                routes:
                  - name: has-runbook
                    match:
                      - annotation: runbook_url
                        present: true
                      - label: env
                        not-equals: staging
                    ask: {}
                """);
        AlertRoute route = routes.get(0);
        assertThat(route.matches(Map.of("env", "prod"), Map.of("runbook_url", "https://x"))).isTrue();
        assertThat(route.matches(Map.of("env", "staging"), Map.of("runbook_url", "https://x"))).isFalse();
        assertThat(route.matches(Map.of(), Map.of())).isFalse();
    }

    @Test
    void noFileAsksAboutEverythingAndAFileWithoutAMatchAsksToo() {
        assertThat(new RoutesSnapshot(List.of(), List.of(), List.of()).route(Map.of(), Map.of()).action().type())
                .isEqualTo(RouteAction.Type.ASK);
        assertThat(new RoutesSnapshot(List.of(), List.of("a.yaml"), List.of()).route(Map.of(), Map.of()).action()
                .type()).isEqualTo(RouteAction.Type.ASK);
    }

    @Test
    void mistakesNameTheirLine() {
        assertProblem("routes:\n  - name: a\n    declare:\n      severity: SEV9\n", 4, "no severity `SEV9`");
        assertProblem("routes:\n  - name: a\n    match:\n      - label: x\n        regex: \"(\"\n    ask: {}\n", 5,
                "not a regular expression");
        assertProblem("routes:\n  - name: a\n    ask: {}\n    ignore: true\n", 2, "exactly one action");
        assertProblem("routes:\n  - name: a\n    mtach: []\n    ask: {}\n", 3, "`mtach` is not a key");
        assertProblem("routes:\n  - name: a\n    declare:\n      title: \"{{ label.x }}\"\n", 4, "placeholder");
        assertProblem("routes:\n  - name: a\n    declare:\n      commander: bob\n", 4, "Slack user id");
        assertProblem("routes:\n  - name: a\n    ask:\n      channel: \"#general\"\n", 4, "channel id");
        assertProblem("routes:\n  - name: a\n   ask: {}\n", 3, "not valid YAML");
        assertProblem("routes:\n  - ask: {}\n", 2, "needs a `name`");
    }

    private void assertProblem(String yaml, int line, String reason) {
        assertThatThrownBy(() -> parser.parse("alert-routes.yaml", yaml))
                .isInstanceOfSatisfying(InvalidRoutesException.class, e -> {
                    assertThat(e.getMessage()).contains(reason);
                    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
                });
    }
}
