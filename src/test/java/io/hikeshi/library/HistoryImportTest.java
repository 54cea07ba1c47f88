package io.hikeshi.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Past postmortems from the history folder: added, edited, removed by file name; bad files reported; folder gone. */
@QuarkusTest
@TestProfile(LibraryFlowTest.HistoryTemplates.class)
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class HistoryImportTest extends LibraryFlowTest {

    @Test
    void aFileIsAddedUpdatedAndRemovedByItsNameWithoutARestart() throws IOException {
        write("2024/clock.md", CLOCK_SKEW);
        awaitIndexed("clock", "2024/clock.md");
        assertThat(db.count("imported_postmortem where source = '2024/clock.md'")).isEqualTo(1);

        write("2024/clock.md", CLOCK_SKEW.replace("title: Users logged out by clock skew", "title: Clock skew"));
        await().atMost(Duration.ofSeconds(15)).until(() -> searchApi("q=clock").getList("hits.title")
                .contains("Clock skew"));
        assertThat(db.count("imported_postmortem")).isEqualTo(1);

        Files.delete(HISTORY.resolve("2024/clock.md"));
        await().atMost(Duration.ofSeconds(15)).until(() -> searchApi("q=clock").getList("hits").isEmpty());
        assertThat(db.count("imported_postmortem")).isZero();
    }

    @Test
    void scanningAgainChangesNothing() throws IOException {
        write("clock.md", CLOCK_SKEW);
        history.rescan();
        Object importedAt = db.value("select imported_at from imported_postmortem");
        long changes = db.count("library_change");

        history.rescan();
        history.rescan();

        assertThat(db.value("select imported_at from imported_postmortem")).isEqualTo(importedAt);
        assertThat(db.count("library_change")).isEqualTo(changes);
    }

    @Test
    void badAndHugeFilesAreReportedWithTheirReasonAndTheOthersLoad() throws IOException {
        write("clock.md", CLOCK_SKEW);
        write("bad-date.md", "---\ntitle: x\ndate: last tuesday\n---\nbody\n");
        write("huge.md", "# Huge\n" + "word ".repeat(5000));
        Files.write(HISTORY.resolve("latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, 't', 'e'});
        history.rescan();

        var check = libraryCheck();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getInt("data.errors")).isEqualTo(3);
        assertThat(check.getString("data.'error bad-date.md:3'")).startsWith("`date` must be a day");
        assertThat(check.getString("data.'error huge.md'")).contains("history files are limited to 20 KB");
        assertThat(check.getString("data.'error latin1.md'")).isEqualTo("the file is not UTF-8 text");
        assertThat(db.count("imported_postmortem")).isEqualTo(1);
        given().get("/search").then().statusCode(200).body(containsString("History files left out"),
                containsString("bad-date.md:3"), containsString("history files are limited to 20 KB"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^hikeshi_library_history_errors(\\{[^}]*})? 3\\.0$");
    }

    @Test
    void aFileThatBreaksKeepsItsLastGoodVersion() throws IOException {
        write("clock.md", CLOCK_SKEW);
        history.rescan();
        write("clock.md", "---\ntitle: [broken\n---\nbody\n");
        history.rescan();

        assertThat(db.value("select title from imported_postmortem")).isEqualTo("Users logged out by clock skew");
        assertThat(libraryCheck().getString("data.'error clock.md:2'")).contains("not valid YAML");
    }

    @Test
    void aVanishedFolderLeavesTheLibraryAsItWasAndSaysSo() throws IOException {
        write("clock.md", CLOCK_SKEW);
        history.rescan();
        awaitIndexed("clock", "clock.md");
        Path moved = HISTORY.resolveSibling("history-away");
        Files.move(HISTORY, moved);
        try {
            history.rescan();

            assertThat(db.count("imported_postmortem")).isEqualTo(1);
            assertThat(libraryCheck().getBoolean("data.'history folder missing'")).isTrue();
            given().get("/q/health").then().body(containsString("the history folder is not there, so the library"
                    + " keeps the postmortems imported before"));
            assertThat(searchApi("q=clock").getList("hits.source")).containsExactly("clock.md");
        } finally {
            Files.move(moved, HISTORY);
        }
    }

    @Test
    void anImportedPostmortemHasItsOwnReadOnlyPageWithItsTextEscaped() throws IOException {
        write("hostile.md", "---\ntitle: <script>alert(1)</script> outage\n---\n# x\n<img src=x onerror=alert(2)>\n"
                + "[link](javascript:alert(3))\n");
        history.rescan();

        given().get("/library/history/hostile.md").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; outage"),
                        containsString("&lt;img src=x onerror=alert(2)&gt;"),
                        org.hamcrest.Matchers.not(containsString("href=\"javascript")),
                        containsString("Imported postmortem, read-only"));
        given().get("/library/history/nope.md").then().statusCode(404);
    }
}
