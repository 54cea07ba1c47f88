package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Socket Mode: hikeshi connects out with the app-level token; no signing secret, no Ingress. */
@Tag("no-database")
class ChartSocketModeTest {

    @Test
    void inlineTokensGoIntoTheChartSecretAndOnlyThoseSocketModeUses() {
        RenderedChart chart = RenderedChart.render("""
                slack:
                  mode: socket
                  botToken: xoxb-1-bot
                  appToken: xapp-1-app
                  signingSecret: not-used-by-socket-mode
                web:
                  oidc:
                    authServerUrl: https://login.example.com/realms/acme
                    clientId: hikeshi
                    clientSecret: oidc-secret
                """);

        assertThat(chart.envSecretRef("SLACK_APP_TOKEN")).isEqualTo("hikeshi/SLACK_APP_TOKEN");
        assertThat(chart.envSecretRef("SLACK_BOT_TOKEN")).isEqualTo("hikeshi/SLACK_BOT_TOKEN");
        assertThat(chart.env("SLACK_SIGNING_SECRET")).isEmpty();
        assertThat(chart.envSecretRef("QUARKUS_OIDC_CREDENTIALS_SECRET")).isEqualTo("hikeshi/QUARKUS_OIDC_CREDENTIALS_SECRET");
        assertThat(chart.ofKind("Ingress")).isEmpty();

        JsonNode data = chart.get("Secret", "hikeshi").path("data");
        assertThat(data.properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "QUARKUS_OIDC_CREDENTIALS_SECRET");
        assertThat(new String(Base64.getDecoder().decode(data.path("SLACK_APP_TOKEN").asText()))).isEqualTo("xapp-1-app");
    }

    @Test
    void sameProbesAndLockDownAsHttpMode() {
        RenderedChart socket = RenderedChart.render("slack: {mode: socket, existingSecret: slack-credentials}");
        RenderedChart http = RenderedChart.render("{}");

        for (String field : new String[] {"livenessProbe", "readinessProbe", "startupProbe", "securityContext",
                "volumeMounts", "ports"}) {
            assertThat(socket.container().path(field)).as(field).isEqualTo(http.container().path(field));
        }
        assertThat(socket.container().path("startupProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/live");
        assertThat(socket.container().path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(socket.podSpec().path("securityContext")).isEqualTo(http.podSpec().path("securityContext"));
        // Socket Mode still serves HTTP: the probes and /q/metrics need the Service.
        assertThat(socket.find("Service", "hikeshi")).isPresent();
    }

    @Test
    void existingSecretKeysAreConfigurable() {
        RenderedChart chart = RenderedChart.render("""
                slack:
                  mode: socket
                  existingSecret: slack-credentials
                  secretKeys:
                    botToken: bot
                    appToken: app
                """);

        assertThat(chart.envSecretRef("SLACK_APP_TOKEN")).isEqualTo("slack-credentials/app");
        assertThat(chart.envSecretRef("SLACK_BOT_TOKEN")).isEqualTo("slack-credentials/bot");
        assertThat(chart.env("SLACK_SIGNING_SECRET")).isEmpty();
        assertThat(chart.ofKind("Secret")).isEmpty();
    }
}
