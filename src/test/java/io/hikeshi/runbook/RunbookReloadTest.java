package io.hikeshi.runbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runbooks directory changes while hikeshi runs: changes are picked up, a broken file is reported. */
@QuarkusTest
@TestProfile(RunbookReloadTest.TemporaryTemplates.class)
class RunbookReloadTest extends SlackFlowTest {

    /**
     * A templates directory of the test's own, read again every second. A fixed path: the profile is loaded by the
     * test's class loader and by the application's, and both must name the same directory.
     */
    public static class TemporaryTemplates implements QuarkusTestProfile {
        static final Path DIR = Path.of("target/runbook-reload-test").toAbsolutePath();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.templates.dir", DIR.toString(), "hikeshi.runbook.rescan-every", "1s");
        }
    }

    private static final String FIRST = "---\ntitle: First response\n---\n- [ ] Assign a scribe\n";
    private static final String DB = "---\ntitle: Database\nmatch:\n  services: [db]\n---\n- [ ] Check lag\n";

    @BeforeEach
    void twoRunbooks() throws IOException {
        Files.createDirectories(TemporaryTemplates.DIR.resolve("runbooks"));
        write("first-response.md", FIRST);
        write("db.md", DB);
        Files.deleteIfExists(TemporaryTemplates.DIR.resolve("runbooks/disk-full.md"));
        Files.deleteIfExists(TemporaryTemplates.DIR.resolve("runbooks/empty.md"));
        await().atMost(Duration.ofSeconds(10)).until(() -> runbooksCheck().getInt("data.runbooks") == 2
                && runbooksCheck().getInt("data.errors") == 0);
    }

    @Test
    void aNewFileCanBePostedWithoutARestart() throws IOException {
        declareAndWait("Disk full on the build server");
        inIncidentChannel("runbook disk-full").statusCode(200).body("text", containsString("no runbook"));

        write("disk-full.md", "---\ntitle: Disk full\nmatch:\n  keywords: [disk]\n---\n- [ ] Free space\n");

        await().atMost(Duration.ofSeconds(10)).until(() -> runbooksCheck().getInt("data.runbooks") == 3);
        inIncidentChannel("runbook disk-full").statusCode(200).body("text", containsString("Posting *Disk full*"));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.postMessage").stream()
                .anyMatch(form -> String.valueOf(form.get("blocks")).contains("📘 Disk full")));
        awaitOutboxDone();
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheOthersKeepWorking() throws IOException {
        write("db.md", "---\ntitle: Database\nmatch:\n  service: [db]\n---\n- [ ] Check lag\n");

        await().atMost(Duration.ofSeconds(10)).until(() -> runbooksCheck().getInt("data.errors") == 1);
        JsonPath check = runbooksCheck();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getInt("data.runbooks")).isEqualTo(1);
        assertThat(check.getString("data.'error db.md:4'")).isEqualTo("unknown key `match.service`; known keys are"
                + " match.keywords, match.services, match.severities");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^hikeshi_runbook_errors(\\{[^}]*})? 1\\.0$")
                .containsPattern("(?m)^hikeshi_runbooks(\\{[^}]*})? 1\\.0$");

        declareAndWait("Database replication lag");
        inIncidentChannel("runbook").statusCode(200)
                .body("blocks.toString()", containsString("db.md line 4: unknown key `match.service`"));
        inIncidentChannel("runbook first-response").statusCode(200).body("text", containsString("Posting"));
        awaitOutboxDone();
    }

    @Test
    void aDeletedRunbookIsGoneAndAnEmptyFileIsAnError() throws IOException {
        Files.delete(TemporaryTemplates.DIR.resolve("runbooks/db.md"));
        write("empty.md", "");

        await().atMost(Duration.ofSeconds(10)).until(() -> runbooksCheck().getInt("data.runbooks") == 1
                && runbooksCheck().getInt("data.errors") == 1);
        assertThat(runbooksCheck().getString("data.'error empty.md'")).startsWith("the file is empty");
    }

    private void awaitOutboxDone() {
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
    }

    /** The runbooks check of /q/health. */
    private static JsonPath runbooksCheck() {
        String health = given().get("/q/health").then().statusCode(200).extract().asString();
        return JsonPath.from(health).setRootPath("checks.find { it.name == 'runbooks' }");
    }

    private static void write(String file, String content) throws IOException {
        Files.writeString(TemporaryTemplates.DIR.resolve("runbooks").resolve(file), content);
    }
}
