package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Values that cannot work stop `helm template`/`install` with a message saying what to change. */
@Tag("no-database")
class ChartRefusalsTest {

    @Test
    void h2WithTwoReplicasFailsAndPointsAtPostgresql() {
        assertThatThrownBy(() -> RenderedChart.template("replicaCount: 2"))
                .hasMessageContaining("database.mode=h2 allows only one replica, but replicaCount is 2")
                .hasMessageContaining("--set database.mode=postgresql");
    }

    @Test
    void oneReplicaOnH2AndTwoOnPostgresqlRender() {
        assertThat(RenderedChart.render("replicaCount: 1").deployment().path("spec").path("replicas").asInt())
                .isEqualTo(1);
        assertThat(RenderedChart.render("""
                replicaCount: 2
                database: {mode: postgresql, postgresql: {jdbcUrl: "jdbc:postgresql://db:5432/x"}}
                """).deployment().path("spec").path("replicas").asInt()).isEqualTo(2);
    }

    @Test
    void postgresqlWithoutAUrlFails() {
        assertThatThrownBy(() -> RenderedChart.template("database: {mode: postgresql}"))
                .hasMessageContaining("database.mode=postgresql needs database.postgresql.jdbcUrl");
    }

    @Test
    void socketModeWithoutAnAppTokenFails() {
        assertThatThrownBy(() -> RenderedChart.template("slack: {mode: socket, botToken: xoxb-1}"))
                .hasMessageContaining("slack.mode=socket connects with the app-level token");
    }

    @Test
    void bothAnExistingConfigMapAndInlineRunbooksFail() {
        assertThatThrownBy(() -> RenderedChart.template("""
                templates:
                  runbooks:
                    existingConfigMap: team-runbooks
                    files: {a.md: "# A"}
                """)).hasMessageContaining("either templates.runbooks.existingConfigMap or templates.runbooks.files");
    }

    @Test
    void bothAnExistingConfigMapAndInlineFilesFailForHistoryAndAlertRoutes() {
        assertThatThrownBy(() -> RenderedChart.template("""
                templates: {history: {existingConfigMap: team-postmortems, files: {a.md: "# A"}}}
                """)).hasMessageContaining("either templates.history.existingConfigMap or templates.history.files");
        assertThatThrownBy(() -> RenderedChart.template("""
                alerts: {routes: {existingConfigMap: team-routes, files: {a.yaml: "routes: []"}}}
                """)).hasMessageContaining("either alerts.routes.existingConfigMap or alerts.routes.files");
    }

    @Test
    void schemaRejectsFilesTheAppWouldNotRead() {
        assertThatThrownBy(() -> RenderedChart.template("alerts: {routes: {files: {alert-routes.json: x}}}"))
                .hasMessageContaining("alert-routes.json");
        assertThatThrownBy(() -> RenderedChart.template("templates: {history: {files: {notes.txt: x}}}"))
                .hasMessageContaining("notes.txt");
        assertThatThrownBy(() -> RenderedChart.template("alerts: {commander: \"@oncall\"}"))
                .hasMessageContaining("commander");
        assertThatThrownBy(() -> RenderedChart.template("alerts: {grafanaTokens: x}"))
                .hasMessageContaining("grafanaTokens");
    }

    @Test
    void schemaRejectsATypoedKey() {
        assertThatThrownBy(() -> RenderedChart.template("replicas: 3"))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> RenderedChart.template("slack: {existingSecrets: slack}"))
                .hasMessageContaining("existingSecrets");
        assertThatThrownBy(() -> RenderedChart.template("database: {postgres: {jdbcUrl: x}}"))
                .hasMessageContaining("postgres");
    }

    @Test
    void schemaRejectsValuesOutsideTheirDomain() {
        assertThatThrownBy(() -> RenderedChart.template("database: {mode: mysql}")).hasMessageContaining("mode");
        assertThatThrownBy(() -> RenderedChart.template("slack: {mode: websocket}")).hasMessageContaining("mode");
        assertThatThrownBy(() -> RenderedChart.template("replicaCount: two")).hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> RenderedChart.template("""
                database: {mode: postgresql, postgresql: {jdbcUrl: "postgres://db:5432/x"}}
                """)).hasMessageContaining("jdbcUrl");
    }
}
