package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hikeshi.DataDirConfigSource;
import io.hikeshi.alerts.AlertsConfig;
import io.hikeshi.incident.IncidentConfig;
import io.hikeshi.incident.PrivateConfig;
import io.hikeshi.llm.LlmConfig;
import io.hikeshi.slack.SlackConfig;
import io.hikeshi.templates.TemplatesConfig;
import io.hikeshi.web.SignInConfigSource;
import io.hikeshi.web.WebConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The environment the chart renders, read the way the app reads it: application.properties and the app's own config
 * mappings over the rendered env (a value from a Secret stands in as "secret:name/key"). A name the app ignores, or
 * one spelled differently from what the app reads, fails here; no Kubernetes cluster is needed to see it.
 */
@Tag("no-database")
class ChartEnvironmentTest {

    /** What the app reads that the chart may set. Changing any variable the chart sets must change one of these. */
    private static final List<String> READ_BY_THE_APP = List.of("hikeshi.slack.bot-token",
            "hikeshi.slack.signing-secret", "hikeshi.slack.app-token", "hikeshi.slack.api-url",
            "hikeshi.incident.announce-channel", "hikeshi.llm.base-url", "hikeshi.llm.model", "hikeshi.llm.api-key",
            "hikeshi.web.base-url", "hikeshi.templates.dir", "quarkus.http.port", "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "quarkus.oidc.auth-server-url",
            "quarkus.oidc.client-id", "quarkus.oidc.credentials.secret",
            "quarkus.oidc.authentication.force-redirect-https-scheme", "hikeshi.incident.time-zone",
            "hikeshi.web.allowed-email-domains", "hikeshi.web.allowed-groups", "hikeshi.web.groups-claim",
            "quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded",
            "quarkus.http.proxy.trusted-proxies", "hikeshi.alerts.alertmanager-token",
            "hikeshi.alerts.grafana-token", "hikeshi.alerts.webhook-token", "hikeshi.alerts.commander",
            "hikeshi.private.announce-channel", "hikeshi.private.admins", "hikeshi.private.llm");

    /** The image's ENTRYPOINT reads JAVA_OPTS (DockerfileTest); the JVM, not the app's config, uses it. */
    private static final List<String> READ_BY_THE_IMAGE = List.of("JAVA_OPTS");

    private static final String PRODUCTION = """
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
              apiUrl: https://slack-proxy.internal/api/
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
              allowedEmailDomains: [acme.example, acme-labs.example]
              allowedGroups: [incident-responders]
              groupsClaim: roles
              forwardedHeaders:
                trust: true
                trustedProxies: [10.0.0.0/8]
            alerts:
              existingSecret: hikeshi-alerts
              commander: U0ONCALL
            privateIncidents:
              announceChannel: C0SECURITY
              admins: [U0CISO, U0SECLEAD]
              llm: true
            config:
              HIKESHI_INCIDENT_TIME_ZONE: Europe/Berlin
            """;

    private static final String SOCKET_MODE_ON_H2 = """
            slack:
              mode: socket
              botToken: xoxb-1-bot
              appToken: xapp-1-app
            llm:
              apiKey: sk-inline
            web:
              oidc:
                authServerUrl: https://login.example.com/realms/acme
                clientId: hikeshi
                clientSecret: oidc-secret
            alerts:
              webhookToken: hook-secret
            """;

    @Test
    void productionValuesReachTheSettingsTheAppReads() throws IOException {
        SmallRyeConfig config = appConfig(environment(RenderedChart.render(PRODUCTION)));

        SlackConfig slack = config.getConfigMapping(SlackConfig.class);
        assertThat(slack.botToken()).contains("secret:hikeshi-slack/SLACK_BOT_TOKEN");
        assertThat(slack.signingSecret()).contains("secret:hikeshi-slack/SLACK_SIGNING_SECRET");
        assertThat(slack.appToken()).isEmpty();
        assertThat(slack.httpMode()).isTrue();
        assertThat(slack.socketMode()).isFalse();
        assertThat(slack.apiUrl()).isEqualTo("https://slack-proxy.internal/api/");
        IncidentConfig incident = config.getConfigMapping(IncidentConfig.class);
        assertThat(incident.announceChannel()).contains("C0INCIDENTS");
        assertThat(incident.timeZone()).hasToString("Europe/Berlin");
        LlmConfig llm = config.getConfigMapping(LlmConfig.class);
        assertThat(llm.enabled()).isTrue();
        assertThat(llm.baseUrl()).contains("https://llm.internal/v1");
        assertThat(llm.model()).contains("gpt-4o-mini");
        assertThat(llm.apiKey()).contains("secret:hikeshi-llm/api-key");
        assertThat(config.getConfigMapping(TemplatesConfig.class).dir()).isEqualTo(Path.of("/deployments/templates"));

        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class))
                .isEqualTo("jdbc:postgresql://db.internal:5432/hikeshi");
        assertThat(config.getValue("quarkus.datasource.username", String.class)).isEqualTo("hikeshi_app");
        assertThat(config.getValue("quarkus.datasource.password", String.class)).isEqualTo("secret:hikeshi-db-app/password");
        assertThat(config.getValue("hikeshi.web.base-url", String.class)).isEqualTo("https://hikeshi.acme.example");
        assertThat(config.getValue("quarkus.oidc.auth-server-url", String.class)).isEqualTo("https://slack.com");
        assertThat(config.getValue("quarkus.oidc.client-id", String.class)).isEqualTo("1234.5678");
        assertThat(config.getValue("quarkus.oidc.credentials.secret", String.class))
                .isEqualTo("secret:hikeshi-oidc/client-secret");
        // The Ingress ends TLS: without this the provider is sent http://…/auth/callback and refuses it.
        assertThat(config.getValue("quarkus.oidc.authentication.force-redirect-https-scheme", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.http.port", Integer.class)).isEqualTo(8080);
        // Sign-in is on with the documented variables alone, and its cookies are Secure for the https address.
        assertThat(config.getValue("quarkus.oidc.tenant-enabled", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class)).isTrue();
        WebConfig web = config.getConfigMapping(WebConfig.class);
        assertThat(web.allowedEmailDomains()).contains(List.of("acme.example", "acme-labs.example"));
        assertThat(web.allowedGroups()).contains(List.of("incident-responders"));
        assertThat(web.groupsClaim()).isEqualTo("roles");
        assertThat(config.getValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.http.proxy.trusted-proxies", String.class)).isEqualTo("10.0.0.0/8");
        AlertsConfig alerts = config.getConfigMapping(AlertsConfig.class);
        assertThat(alerts.alertmanagerToken()).contains("secret:hikeshi-alerts/HIKESHI_ALERTS_ALERTMANAGER_TOKEN");
        assertThat(alerts.grafanaToken()).contains("secret:hikeshi-alerts/HIKESHI_ALERTS_GRAFANA_TOKEN");
        assertThat(alerts.webhookToken()).contains("secret:hikeshi-alerts/HIKESHI_ALERTS_WEBHOOK_TOKEN");
        assertThat(alerts.commander()).contains("U0ONCALL");
        PrivateConfig privateIncidents = config.getConfigMapping(PrivateConfig.class);
        assertThat(privateIncidents.announceChannel()).contains("C0SECURITY");
        assertThat(privateIncidents.admins()).contains(List.of("U0CISO", "U0SECLEAD"));
        assertThat(privateIncidents.llm()).isTrue();
    }

    @Test
    void socketModeOnH2ReachesTheSettingsTheAppReads() throws IOException {
        SmallRyeConfig config = appConfig(environment(RenderedChart.render(SOCKET_MODE_ON_H2)));

        SlackConfig slack = config.getConfigMapping(SlackConfig.class);
        assertThat(slack.socketMode()).isTrue();
        assertThat(slack.httpMode()).isFalse();
        assertThat(slack.appToken()).contains("secret:hikeshi/SLACK_APP_TOKEN");
        assertThat(slack.botToken()).contains("secret:hikeshi/SLACK_BOT_TOKEN");
        assertThat(slack.apiUrl()).isEqualTo("https://slack.com/api/");
        LlmConfig llm = config.getConfigMapping(LlmConfig.class);
        assertThat(llm.apiKey()).contains("secret:hikeshi/LLM_API_KEY");
        assertThat(llm.enabled()).isFalse();
        AlertsConfig alerts = config.getConfigMapping(AlertsConfig.class);
        assertThat(alerts.webhookToken()).contains("secret:hikeshi/HIKESHI_ALERTS_WEBHOOK_TOKEN");
        assertThat(alerts.alertmanagerToken()).isEmpty();
        assertThat(alerts.grafanaToken()).isEmpty();
        assertThat(alerts.commander()).isEmpty();
        assertThat(config.getValue("quarkus.oidc.credentials.secret", String.class))
                .isEqualTo("secret:hikeshi/QUARKUS_OIDC_CREDENTIALS_SECRET");
        // No https base URL: nothing says TLS ends in front of the pod.
        assertThat(config.getOptionalValue("quarkus.oidc.authentication.force-redirect-https-scheme", Boolean.class))
                .isEmpty();
        // Sign-in on, but no https address: cookies are not forced Secure; forwarded headers are not trusted.
        assertThat(config.getValue("quarkus.oidc.tenant-enabled", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class)).isFalse();
        assertThat(config.getConfigMapping(WebConfig.class).allowedEmailDomains()).isEmpty();
        assertThat(config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)).isEmpty();
        // The H2 file is on the claim mounted at database.h2.dataDir.
        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class)).startsWith("jdbc:h2:file:/data/hikeshi;");
    }

    @Test
    void changingAnyVariableTheChartSetsChangesWhatTheAppReads() throws IOException {
        Map<String, String> scenarios = Map.of("defaults", "{}", "production", PRODUCTION, "socket on H2",
                SOCKET_MODE_ON_H2);
        for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
            Map<String, String> env = environment(RenderedChart.render(scenario.getValue()));
            Map<String, String> all = readByTheApp(env);
            for (String name : env.keySet()) {
                if (READ_BY_THE_IMAGE.contains(name)) {
                    continue;
                }
                Map<String, String> changed = new HashMap<>(env);
                changed.put(name, "changed-" + name);
                assertThat(readByTheApp(changed)).as("the app reads %s (%s)", name, scenario.getKey()).isNotEqualTo(all);
            }
        }
    }

    /** The container's environment: plain values, Secret references as "secret:name/key", and envFrom ConfigMaps. */
    private static Map<String, String> environment(RenderedChart chart) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode configMapRef : chart.container().path("envFrom")) {
            String name = configMapRef.path("configMapRef").path("name").asText();
            chart.get("ConfigMap", name).path("data").properties()
                    .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode entry : chart.container().path("env")) {
            JsonNode secret = entry.path("valueFrom").path("secretKeyRef");
            env.put(entry.path("name").asText(), secret.isMissingNode() ? entry.path("value").asText()
                    : "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
        }
        return env;
    }

    /** The raw values of READ_BY_THE_APP (no conversion, so a changed value need not be valid). */
    private static Map<String, String> readByTheApp(Map<String, String> env) throws IOException {
        SmallRyeConfig config = layers(env).build();
        Map<String, String> read = new HashMap<>();
        for (String property : READ_BY_THE_APP) {
            read.put(property, config.getOptionalValue(property, String.class).filter(v -> !v.isEmpty()).orElse(null));
        }
        read.values().removeIf(Objects::isNull);
        return read;
    }

    /** The app's configuration in production: application.properties under the environment, as Quarkus layers them. */
    private static SmallRyeConfig appConfig(Map<String, String> env) throws IOException {
        return layers(env).withConverter(Path.class, 100, Path::of)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(SlackConfig.class).withMapping(IncidentConfig.class).withMapping(LlmConfig.class)
                .withMapping(TemplatesConfig.class).withMapping(WebConfig.class).withMapping(AlertsConfig.class)
                .withMapping(PrivateConfig.class).build();
    }

    private static SmallRyeConfigBuilder layers(Map<String, String> env) throws IOException {
        return new SmallRyeConfigBuilder().withProfile("prod").addDefaultInterceptors().withValidateUnknown(false)
                .withSources(new EnvConfigSource(env, 300),
                        new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .withSources(new DataDirConfigSource()).withSources(new SignInConfigSource());
    }
}
