package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** `helm template` with the chart's defaults: one pod on embedded H2, locked down, nothing optional. */
@Tag("no-database")
class ChartDefaultsTest {

    private final RenderedChart chart = RenderedChart.render("{}");

    @Test
    void rendersOnePodOnH2WithItsVolumeAndNoOptionalResources() {
        assertThat(chart.names()).containsExactlyInAnyOrder("PodDisruptionBudget/hikeshi",
                "ServiceAccount/hikeshi", "PersistentVolumeClaim/hikeshi-data", "Service/hikeshi",
                "Deployment/hikeshi");

        JsonNode spec = chart.deployment().path("spec");
        assertThat(spec.path("replicas").asInt()).isEqualTo(1);
        assertThat(spec.path("strategy").path("type").asText()).isEqualTo("Recreate");
        assertThat(chart.container().path("image").asText()).isEqualTo("ghcr.io/hikeshi/hikeshi:0.1.0");
        assertThat(chart.envValue("HIKESHI_DATA_DIR")).isEqualTo("/data");
        assertThat(chart.volumeAt("/data").path("persistentVolumeClaim").path("claimName").asText())
                .isEqualTo("hikeshi-data");
        assertThat(chart.env("QUARKUS_DATASOURCE_JDBC_URL")).isEmpty();

        JsonNode pvc = chart.get("PersistentVolumeClaim", "hikeshi-data");
        assertThat(pvc.path("metadata").path("annotations").path("helm.sh/resource-policy").asText()).isEqualTo("keep");
        assertThat(pvc.path("spec").path("resources").path("requests").path("storage").asText()).isEqualTo("1Gi");
    }

    @Test
    void probesAskQuarkusHealthOnTheHttpPort() {
        JsonNode c = chart.container();
        assertThat(c.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        assertThat(c.path("ports").get(0).path("name").asText()).isEqualTo("http");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
            assertThat(c.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("http");
        }
        JsonNode service = chart.get("Service", "hikeshi").path("spec").path("ports").get(0);
        assertThat(service.path("targetPort").asText()).isEqualTo("http");
    }

    @Test
    void runsLockedDownWithOnlyTmpAndDataWritable() {
        JsonNode pod = chart.podSpec().path("securityContext");
        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(pod.path("fsGroup").asInt()).isEqualTo(10001);
        assertThat(pod.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");

        JsonNode container = chart.container().path("securityContext");
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(container.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");

        // history/ is an empty folder over the image's made-up examples, mounted read-only.
        assertThat(chart.mountPaths()).containsExactlyInAnyOrder("/tmp", "/data", "/deployments/templates/history");
        assertThat(chart.container().path("volumeMounts").toString())
                .contains("\"mountPath\":\"/deployments/templates/history\",\"readOnly\":true");
        assertThat(chart.volumeAt("/tmp").has("emptyDir")).isTrue();
        assertThat(chart.envValue("JAVA_OPTS")).contains("-Djava.io.tmpdir=/tmp", "-Dvertx.cacheDirBase=/tmp/");
        assertThat(chart.podSpec().path("automountServiceAccountToken").asBoolean(true)).isFalse();
    }

    @Test
    void withoutCredentialsNoSecretIsCreatedOrReferenced() {
        assertThat(chart.ofKind("Secret")).isEmpty();
        assertThat(chart.container().path("env").toString()).doesNotContain("secretKeyRef");
        // The image's defaults are used until a team supplies its own runbooks and templates.
        assertThat(chart.envValue("HIKESHI_TEMPLATES_DIR")).isEqualTo("/deployments/templates");
        assertThat(chart.ofKind("ConfigMap")).isEmpty();
    }

    @Test
    void disruptionBudgetNeverBlocksADrainOfTheSinglePod() {
        JsonNode pdb = chart.get("PodDisruptionBudget", "hikeshi").path("spec");
        assertThat(pdb.path("maxUnavailable").asInt()).isEqualTo(1);
        assertThat(pdb.has("minAvailable")).isFalse();
        assertThat(pdb.path("selector").path("matchLabels"))
                .isEqualTo(chart.deployment().path("spec").path("selector").path("matchLabels"));
    }

    @Test
    void anExistingClaimIsMountedInsteadOfCreatingOne() {
        RenderedChart withClaim = RenderedChart.render("persistence: {existingClaim: hikeshi-h2}");

        assertThat(withClaim.ofKind("PersistentVolumeClaim")).isEmpty();
        assertThat(withClaim.volumeAt("/data").path("persistentVolumeClaim").path("claimName").asText())
                .isEqualTo("hikeshi-h2");
    }
}
