package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runbooks and postmortem templates from the team's Git, as ConfigMaps mounted under HIKESHI_TEMPLATES_DIR. */
@Tag("no-database")
class ChartTemplatesDirTest {

    @Test
    void inlineFilesBecomeAConfigMapMountedReadOnlyUnderTheTemplatesDir() {
        RenderedChart chart = RenderedChart.render("""
                templates:
                  runbooks:
                    files:
                      database-down.md: |
                        # Database down
                        1. Check the primary: `pg_isready`
                """);

        JsonNode configMap = chart.get("ConfigMap", "hikeshi-runbooks");
        assertThat(configMap.path("data").path("database-down.md").asText())
                .isEqualTo("# Database down\n1. Check the primary: `pg_isready`\n");
        assertThat(chart.volumeAt("/deployments/templates/runbooks").path("configMap").path("name").asText())
                .isEqualTo("hikeshi-runbooks");
        assertThat(chart.container().path("volumeMounts").toString())
                .contains("\"mountPath\":\"/deployments/templates/runbooks\",\"readOnly\":true");
        assertThat(chart.envValue("HIKESHI_TEMPLATES_DIR")).isEqualTo("/deployments/templates");
        // Postmortem templates were not given: the image's own stay visible.
        assertThat(chart.mountPaths()).doesNotContain("/deployments/templates/postmortem",
                "/deployments/templates/alert-routes");
        assertThat(chart.find("ConfigMap", "hikeshi-postmortem")).isEmpty();
    }

    @Test
    void existingConfigMapsAreMountedAsTheyAre() {
        RenderedChart chart = RenderedChart.render("""
                templates:
                  mountPath: /etc/hikeshi/templates
                  runbooks: {existingConfigMap: team-runbooks}
                  postmortem: {existingConfigMap: team-postmortem-templates}
                """);

        assertThat(chart.envValue("HIKESHI_TEMPLATES_DIR")).isEqualTo("/etc/hikeshi/templates");
        assertThat(chart.volumeAt("/etc/hikeshi/templates/runbooks").path("configMap").path("name").asText())
                .isEqualTo("team-runbooks");
        assertThat(chart.volumeAt("/etc/hikeshi/templates/postmortem").path("configMap").path("name").asText())
                .isEqualTo("team-postmortem-templates");
        assertThat(chart.ofKind("ConfigMap")).isEmpty();
    }

    @Test
    void pastPostmortemsAreMountedAsTheHistoryFolderFromFilesOrAnExistingConfigMap() {
        RenderedChart inline = RenderedChart.render("""
                templates:
                  history:
                    files:
                      2024-05-12-clock-skew.md: |
                        ---
                        title: Users logged out (clock skew)
                        ---
                        ## Root cause
                        NTP stopped on two nodes.
                """);

        assertThat(inline.get("ConfigMap", "hikeshi-history").path("data").path("2024-05-12-clock-skew.md").asText())
                .startsWith("---\ntitle: Users logged out (clock skew)\n").endsWith("NTP stopped on two nodes.\n");
        assertThat(inline.volumeAt("/deployments/templates/history").path("configMap").path("name").asText())
                .isEqualTo("hikeshi-history");
        assertThat(inline.container().path("volumeMounts").toString())
                .contains("\"mountPath\":\"/deployments/templates/history\",\"readOnly\":true");

        RenderedChart existing = RenderedChart.render("templates: {history: {existingConfigMap: team-postmortems}}");
        assertThat(existing.volumeAt("/deployments/templates/history").path("configMap").path("name").asText())
                .isEqualTo("team-postmortems");
        assertThat(existing.ofKind("ConfigMap")).isEmpty();
    }

    @Test
    void withoutHistoryTheImagesMadeUpExamplesAreHiddenUnlessAskedFor() {
        JsonNode empty = RenderedChart.render("{}").volumeAt("/deployments/templates/history");
        assertThat(empty.has("emptyDir")).as("an empty folder over the examples: %s", empty).isTrue();
        assertThat(empty.has("configMap")).isFalse();

        RenderedChart demo = RenderedChart.render("templates: {history: {shippedExamples: true}}");
        assertThat(demo.mountPaths()).doesNotContain("/deployments/templates/history");
        assertThat(demo.ofKind("ConfigMap")).isEmpty();
    }

    @Test
    void changingARunbookRollsThePods() {
        String values = """
                templates:
                  postmortem:
                    files:
                      default.md: "%s"
                """;
        String before = templatesChecksum(RenderedChart.render(values.formatted("# Postmortem v1")));
        String after = templatesChecksum(RenderedChart.render(values.formatted("# Postmortem v2")));

        assertThat(before).isNotEqualTo(after);
    }

    @Test
    void plainSettingsGoThroughAConfigMapLoadedIntoTheEnvironment() {
        RenderedChart chart = RenderedChart.render("""
                config:
                  HIKESHI_INCIDENT_TIME_ZONE: Europe/Berlin
                  HIKESHI_OUTBOX_MAX_ATTEMPTS: 30
                extraEnv:
                  - name: HTTPS_PROXY
                    value: http://proxy:3128
                """);

        JsonNode data = chart.get("ConfigMap", "hikeshi-config").path("data");
        assertThat(data.path("HIKESHI_INCIDENT_TIME_ZONE").asText()).isEqualTo("Europe/Berlin");
        assertThat(data.path("HIKESHI_OUTBOX_MAX_ATTEMPTS").isTextual()).as("ConfigMap data are strings").isTrue();
        assertThat(chart.container().path("envFrom").get(0).path("configMapRef").path("name").asText())
                .isEqualTo("hikeshi-config");
        assertThat(chart.envValue("HTTPS_PROXY")).isEqualTo("http://proxy:3128");
    }

    private static String templatesChecksum(RenderedChart chart) {
        return chart.deployment().path("spec").path("template").path("metadata").path("annotations")
                .path("checksum/templates").asText();
    }
}
