package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Alert endpoints: bearer secrets only from a Secret, routing files mounted, /alerts on the ingress when on. */
@Tag("no-database")
class ChartAlertsTest {

    private static final List<String> TOKENS = List.of("HIKESHI_ALERTS_ALERTMANAGER_TOKEN",
            "HIKESHI_ALERTS_GRAFANA_TOKEN", "HIKESHI_ALERTS_WEBHOOK_TOKEN");

    @Test
    void inlineTokensGoIntoTheChartSecretAndReachThePodOnlyByReference() {
        RenderedChart chart = RenderedChart.render("""
                alerts:
                  alertmanagerToken: am-secret-0123456789
                  webhookToken: hook-secret-0123456789
                config:
                  HIKESHI_ALERTS_UPDATE_EVERY: 2m
                """);

        JsonNode data = chart.get("Secret", "hikeshi").path("data");
        assertThat(data.path("HIKESHI_ALERTS_ALERTMANAGER_TOKEN").asText()).isEqualTo(base64("am-secret-0123456789"));
        assertThat(data.path("HIKESHI_ALERTS_WEBHOOK_TOKEN").asText()).isEqualTo(base64("hook-secret-0123456789"));
        assertThat(data.has("HIKESHI_ALERTS_GRAFANA_TOKEN")).as("an unset token is not stored").isFalse();
        assertThat(chart.envSecretRef("HIKESHI_ALERTS_ALERTMANAGER_TOKEN"))
                .isEqualTo("hikeshi/HIKESHI_ALERTS_ALERTMANAGER_TOKEN");
        assertThat(chart.envSecretRef("HIKESHI_ALERTS_WEBHOOK_TOKEN")).isEqualTo("hikeshi/HIKESHI_ALERTS_WEBHOOK_TOKEN");
        assertThat(chart.env("HIKESHI_ALERTS_GRAFANA_TOKEN")).as("an unset token leaves its endpoint off").isEmpty();
        // The chart's own Secret holds every key it references: none of them is optional.
        assertThat(chart.env("HIKESHI_ALERTS_ALERTMANAGER_TOKEN").orElseThrow().toString()).doesNotContain("optional");
        for (JsonNode manifest : chart.all()) {
            if (!manifest.path("kind").asText().equals("Secret")) {
                assertThat(manifest.toString()).as(manifest.path("kind").asText())
                        .doesNotContain("am-secret-0123456789", "hook-secret-0123456789");
            }
        }
    }

    @Test
    void anExistingSecretIsReferencedByItsKeysEachOptional() {
        RenderedChart chart = RenderedChart.render("""
                alerts:
                  existingSecret: hikeshi-alerts
                  secretKeys: {alertmanager: am, grafana: grafana-token, webhook: ""}
                  alertmanagerToken: ignored-with-an-existing-secret
                """);

        assertThat(chart.ofKind("Secret")).isEmpty();
        assertThat(chart.envSecretRef("HIKESHI_ALERTS_ALERTMANAGER_TOKEN")).isEqualTo("hikeshi-alerts/am");
        assertThat(chart.envSecretRef("HIKESHI_ALERTS_GRAFANA_TOKEN")).isEqualTo("hikeshi-alerts/grafana-token");
        assertThat(chart.env("HIKESHI_ALERTS_WEBHOOK_TOKEN")).as("an empty key is not referenced").isEmpty();
        // A key the Secret does not hold leaves that endpoint off instead of stopping the pod.
        assertThat(chart.env("HIKESHI_ALERTS_GRAFANA_TOKEN").orElseThrow().path("valueFrom").path("secretKeyRef")
                .path("optional").asBoolean()).isTrue();
    }

    @Test
    void nothingAboutAlertsIsRenderedWhenNoneIsSet() {
        RenderedChart chart = RenderedChart.render("""
                ingress: {enabled: true}
                """);

        TOKENS.forEach(token -> assertThat(chart.env(token)).as(token).isEmpty());
        assertThat(chart.env("HIKESHI_ALERTS_COMMANDER")).isEmpty();
        assertThat(chart.ofKind("Secret")).isEmpty();
        assertThat(chart.find("ConfigMap", "hikeshi-alert-routes")).isEmpty();
        assertThat(chart.mountPaths()).doesNotContain("/deployments/templates/alert-routes");
        assertThat(ingressPaths(chart, 0)).containsExactly("/slack/events");
    }

    @Test
    void inlineRoutesBecomeAConfigMapMountedAsTheAlertRoutesFolder() {
        String routes = """
                routes:
                  - name: pages
                    match: [{label: severity, equals: critical}]
                    declare: {severity: SEV2, title: "{{ labels.alertname }}"}
                """;
        RenderedChart chart = RenderedChart.render("""
                alerts:
                  commander: U0123ONCALL
                  routes:
                    files:
                      alert-routes.yaml: |
                %s""".formatted(routes.indent(8)));

        assertThat(chart.get("ConfigMap", "hikeshi-alert-routes").path("data").path("alert-routes.yaml").asText())
                .as("the route templates are the file's text, not Helm's").isEqualTo(routes);
        assertThat(chart.volumeAt("/deployments/templates/alert-routes").path("configMap").path("name").asText())
                .isEqualTo("hikeshi-alert-routes");
        assertThat(chart.container().path("volumeMounts").toString())
                .contains("\"mountPath\":\"/deployments/templates/alert-routes\",\"readOnly\":true");
        assertThat(chart.envValue("HIKESHI_ALERTS_COMMANDER")).isEqualTo("U0123ONCALL");
        assertThat(chart.env("HIKESHI_ALERTS_ROUTES_DIR")).as("the templates dir is where the app looks").isEmpty();
        assertThat(chart.ofKind("Secret")).as("routes are not secret").isEmpty();
    }

    @Test
    void anExistingRoutesConfigMapIsMountedAndAChangeOfInlineRoutesRollsThePods() {
        RenderedChart existing = RenderedChart.render("alerts: {routes: {existingConfigMap: team-alert-routes}}");
        assertThat(existing.volumeAt("/deployments/templates/alert-routes").path("configMap").path("name").asText())
                .isEqualTo("team-alert-routes");
        assertThat(existing.find("ConfigMap", "hikeshi-alert-routes")).isEmpty();

        String values = "alerts: {routes: {files: {a.yaml: \"routes: [{name: %s, ignore: true}]\"}}}";
        assertThat(checksum(RenderedChart.render(values.formatted("one"))))
                .isNotEqualTo(checksum(RenderedChart.render(values.formatted("two"))));
    }

    @Test
    void theIngressRoutesAlertsOnceAnEndpointIsOn() {
        RenderedChart chart = RenderedChart.render("""
                alerts: {grafanaToken: g-0123456789}
                ingress:
                  enabled: true
                  hosts:
                    - host: hikeshi.example.com
                      paths: [{path: /slack/events, pathType: Exact}]
                    - host: ui.example.com
                      paths: [{path: /, pathType: Prefix}]
                """);

        assertThat(ingressPaths(chart, 0)).containsExactly("/slack/events", "/alerts");
        JsonNode alerts = chart.get("Ingress", "hikeshi").path("spec").path("rules").get(0).path("http").path("paths")
                .get(1);
        assertThat(alerts.path("pathType").asText()).isEqualTo("Prefix");
        assertThat(alerts.path("backend").path("service").path("name").asText()).isEqualTo("hikeshi");
        assertThat(ingressPaths(chart, 1)).as("/ already routes /alerts").containsExactly("/");

        RenderedChart inside = RenderedChart.render("""
                alerts: {grafanaToken: g-0123456789, exposeOnIngress: false}
                ingress: {enabled: true}
                """);
        assertThat(ingressPaths(inside, 0)).containsExactly("/slack/events");
    }

    @Test
    void theInstallNotesListTheAlertUrlsThatAreOn() {
        String output = new Helm(RenderedChart.CHART).install().withName(RenderedChart.RELEASE)
                .withNamespace("incidents").withKubeVersion("1.30.0").clientOnly().dryRun()
                .set("alerts.alertmanagerToken", "am-0123456789").set("ingress.enabled", "true").call().getOutput();

        assertThat(output).contains("Alerts: alertmanager on", "https://hikeshi.example.com/alerts/alertmanager",
                "http://hikeshi.incidents.svc:80/alerts/alertmanager (inside the cluster)",
                "No routing file is given (alerts.routes)");
        assertThat(output).doesNotContain("/alerts/grafana", "/alerts/webhook");
    }

    private static List<String> ingressPaths(RenderedChart chart, int rule) {
        JsonNode paths = chart.get("Ingress", "hikeshi").path("spec").path("rules").get(rule).path("http").path("paths");
        return StreamSupport.stream(paths.spliterator(), false).map(p -> p.path("path").asText()).toList();
    }

    private static String checksum(RenderedChart chart) {
        return chart.deployment().path("spec").path("template").path("metadata").path("annotations")
                .path("checksum/templates").asText();
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
