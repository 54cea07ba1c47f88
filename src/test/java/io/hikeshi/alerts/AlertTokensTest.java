package io.hikeshi.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each source's secret: unset or blank is off, only {@code Bearer <that secret>} is accepted. */
@Tag("no-database")
class AlertTokensTest {

    @Test
    void aSourceWithoutASecretIsOffAndOnlyItsOwnSecretOpensIt() {
        AlertTokens tokens = new AlertTokens(config(Optional.of("s3cret"), Optional.of("  "), Optional.empty()));

        assertThat(tokens.enabled(AlertSource.ALERTMANAGER)).isTrue();
        assertThat(tokens.enabled(AlertSource.GRAFANA)).isFalse();
        assertThat(tokens.enabled(AlertSource.WEBHOOK)).isFalse();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, "Bearer s3cret")).isTrue();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, "bearer s3cret")).isTrue();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, "Bearer s3cret2")).isFalse();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, "Bearer s3cre")).isFalse();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, "Basic s3cret")).isFalse();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, "s3cret")).isFalse();
        assertThat(tokens.accepts(AlertSource.ALERTMANAGER, null)).isFalse();
        assertThat(tokens.accepts(AlertSource.GRAFANA, "Bearer ")).isFalse();
    }

    private static AlertsConfig config(Optional<String> alertmanager, Optional<String> grafana,
                                       Optional<String> webhook) {
        return new AlertsConfig() {
            public Optional<String> alertmanagerToken() {
                return alertmanager;
            }

            public Optional<String> grafanaToken() {
                return grafana;
            }

            public Optional<String> webhookToken() {
                return webhook;
            }

            public int maxBodyBytes() {
                return 1024;
            }

            public Optional<Path> routesDir() {
                return Optional.empty();
            }

            public Duration rescanEvery() {
                return Duration.ofSeconds(30);
            }

            public Duration updateEvery() {
                return Duration.ofSeconds(60);
            }

            public Optional<String> commander() {
                return Optional.empty();
            }
        };
    }
}
