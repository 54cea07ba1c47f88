package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The production shape: PostgreSQL, three replicas, HTTP mode behind an Ingress, credentials in existing Secrets. */
@Tag("no-database")
class ChartPostgresqlTest {

    private static final String VALUES = """
            replicaCount: 3
            database:
              mode: postgresql
              postgresql:
                jdbcUrl: jdbc:postgresql://db.internal:5432/hikeshi
                username: hikeshi_app
                existingSecret: hikeshi-db-app
                secretKey: password
            slack:
              announceChannel: C0INCIDENTS
              existingSecret: hikeshi-slack
            llm:
              baseUrl: https://llm.internal/v1
              model: gpt-4o-mini
              existingSecret: hikeshi-llm
              secretKey: api-key
            web:
              baseUrl: https://hikeshi.acme.example
              oidc:
                authServerUrl: https://slack.com
                clientId: "1234.5678"
                existingSecret: hikeshi-oidc
                secretKey: client-secret
            ingress:
              enabled: true
              className: nginx
              hosts:
                - host: hikeshi.acme.example
                  paths:
                    - path: /slack/events
                      pathType: Exact
              tls:
                - secretName: hikeshi-tls
                  hosts: [hikeshi.acme.example]
            serviceMonitor:
              enabled: true
              labels:
                release: prometheus
            """;

    private final RenderedChart chart = RenderedChart.render(VALUES);

    @Test
    void threeReplicasRollOneAtATimeOnThePostgresqlImageWithoutAVolume() {
        JsonNode spec = chart.deployment().path("spec");
        assertThat(spec.path("replicas").asInt()).isEqualTo(3);
        assertThat(spec.path("strategy").path("type").asText()).isEqualTo("RollingUpdate");
        assertThat(spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt()).isZero();
        assertThat(chart.container().path("image").asText()).isEqualTo("ghcr.io/hikeshi/hikeshi:0.1.0-postgresql");

        assertThat(chart.ofKind("PersistentVolumeClaim")).isEmpty();
        assertThat(chart.mountPaths()).containsExactlyInAnyOrder("/tmp", "/deployments/templates/history");
        assertThat(chart.volumeAt("/deployments/templates/history").has("emptyDir")).isTrue();
        assertThat(chart.env("HIKESHI_DATA_DIR")).isEmpty();
    }

    @Test
    void probesAndLockDownAreThoseOfTheDefaultsWithOnlyTmpWritable() {
        RenderedChart defaults = RenderedChart.render("{}");
        for (String field : new String[] {"livenessProbe", "readinessProbe", "startupProbe", "securityContext"}) {
            assertThat(chart.container().path(field)).as(field).isEqualTo(defaults.container().path(field));
        }
        assertThat(chart.container().path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/ready");
        assertThat(chart.container().path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(chart.podSpec().path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(chart.volumeAt("/tmp").has("emptyDir")).isTrue();
    }

    @Test
    void databaseAndCredentialsComeFromTheGivenSecrets() {
        assertThat(chart.envValue("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://db.internal:5432/hikeshi");
        assertThat(chart.envValue("QUARKUS_DATASOURCE_USERNAME")).isEqualTo("hikeshi_app");
        assertThat(chart.envSecretRef("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("hikeshi-db-app/password");
        assertThat(chart.envSecretRef("SLACK_BOT_TOKEN")).isEqualTo("hikeshi-slack/SLACK_BOT_TOKEN");
        assertThat(chart.envSecretRef("SLACK_SIGNING_SECRET")).isEqualTo("hikeshi-slack/SLACK_SIGNING_SECRET");
        assertThat(chart.envSecretRef("LLM_API_KEY")).isEqualTo("hikeshi-llm/api-key");
        assertThat(chart.envValue("LLM_BASE_URL")).isEqualTo("https://llm.internal/v1");
        assertThat(chart.envValue("LLM_MODEL")).isEqualTo("gpt-4o-mini");
        assertThat(chart.envValue("HIKESHI_ANNOUNCE_CHANNEL")).isEqualTo("C0INCIDENTS");
        assertThat(chart.envValue("HIKESHI_BASE_URL")).isEqualTo("https://hikeshi.acme.example");
        assertThat(chart.envValue("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("https://slack.com");
        assertThat(chart.envValue("QUARKUS_OIDC_CLIENT_ID")).isEqualTo("1234.5678");
        assertThat(chart.envSecretRef("QUARKUS_OIDC_CREDENTIALS_SECRET")).isEqualTo("hikeshi-oidc/client-secret");
        // TLS ends at the Ingress; the sign-in callback must still be https://hikeshi.acme.example/auth/callback.
        assertThat(chart.envValue("QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME")).isEqualTo("true");
        // HTTP mode: an app token would switch hikeshi to Socket Mode.
        assertThat(chart.env("SLACK_APP_TOKEN")).isEmpty();
        assertThat(chart.ofKind("Secret")).as("all credentials are in existing Secrets").isEmpty();
    }

    @Test
    void ingressSendsOnlySlackEventsToTheService() {
        JsonNode ingress = chart.get("Ingress", "hikeshi").path("spec");
        assertThat(ingress.path("ingressClassName").asText()).isEqualTo("nginx");
        assertThat(ingress.path("tls").get(0).path("secretName").asText()).isEqualTo("hikeshi-tls");
        JsonNode rule = ingress.path("rules").get(0);
        assertThat(rule.path("host").asText()).isEqualTo("hikeshi.acme.example");
        JsonNode paths = rule.path("http").path("paths");
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).path("path").asText()).isEqualTo("/slack/events");
        assertThat(paths.get(0).path("pathType").asText()).isEqualTo("Exact");
        JsonNode backend = paths.get(0).path("backend").path("service");
        assertThat(backend.path("name").asText()).isEqualTo("hikeshi");
        assertThat(backend.path("port").path("number").asInt())
                .isEqualTo(chart.get("Service", "hikeshi").path("spec").path("ports").get(0).path("port").asInt());
    }

    @Test
    void serviceMonitorScrapesQuarkusMetricsFromTheService() {
        JsonNode monitor = chart.get("ServiceMonitor", "hikeshi");
        assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.path("metadata").path("labels").path("release").asText()).isEqualTo("prometheus");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(endpoint.path("port").asText())
                .isEqualTo(chart.get("Service", "hikeshi").path("spec").path("ports").get(0).path("name").asText());
        // A ServiceMonitor selects Services by their own labels, not by the pods they select.
        JsonNode serviceLabels = chart.get("Service", "hikeshi").path("metadata").path("labels");
        assertThat(monitor.path("spec").path("selector").path("matchLabels").properties())
                .isNotEmpty().allSatisfy(label -> assertThat(serviceLabels.path(label.getKey())).isEqualTo(label.getValue()));
    }

    @Test
    void disruptionBudgetKeepsTwoOfThreeUp() {
        assertThat(chart.get("PodDisruptionBudget", "hikeshi").path("spec").path("maxUnavailable").asInt())
                .isEqualTo(1);
    }

    @Test
    void inlinePasswordGoesIntoTheChartSecretAndRollsThePodsWhenChanged() {
        String inline = """
                replicaCount: 2
                database:
                  mode: postgresql
                  postgresql:
                    jdbcUrl: jdbc:postgresql://db:5432/hikeshi
                    password: %s
                """;
        RenderedChart first = RenderedChart.render(inline.formatted("s3cret"));
        RenderedChart second = RenderedChart.render(inline.formatted("rotated"));

        assertThat(first.envSecretRef("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("hikeshi/QUARKUS_DATASOURCE_PASSWORD");
        JsonNode secret = first.get("Secret", "hikeshi");
        assertThat(secret.path("data").path("QUARKUS_DATASOURCE_PASSWORD").asText()).isEqualTo("czNjcmV0"); // s3cret
        assertThat(checksum(first, "checksum/secret")).isNotEqualTo(checksum(second, "checksum/secret"));
        assertThat(checksum(first, "checksum/config")).isEqualTo(checksum(second, "checksum/config"));
    }

    @Test
    void aTagYouSetIsUsedAsIsAndADigestPinsIt() {
        RenderedChart chart = RenderedChart.render(VALUES + """
                image:
                  repository: registry.acme.example/hikeshi
                  tag: 2.0.0-pg
                  digest: sha256:%s
                """.formatted("a".repeat(64)));

        assertThat(chart.container().path("image").asText())
                .isEqualTo("registry.acme.example/hikeshi:2.0.0-pg@sha256:" + "a".repeat(64));
    }

    private static String checksum(RenderedChart chart, String name) {
        return chart.deployment().path("spec").path("template").path("metadata").path("annotations").path(name).asText();
    }
}
