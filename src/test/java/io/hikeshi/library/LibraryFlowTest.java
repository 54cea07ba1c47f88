package io.hikeshi.library;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for tests of the library through the running app: a history folder of the test's own, read again every
 * second, and similar incidents posted on declare. Each test starts with an empty folder and an index rebuilt from
 * the emptied database.
 */
abstract class LibraryFlowTest extends SlackFlowTest {

    /** A fixed path: the profile is loaded by the test's class loader and by the application's. */
    public static class HistoryTemplates implements QuarkusTestProfile {
        static final Path DIR = Path.of("target/library-flow-test").toAbsolutePath();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.templates.dir", DIR.toString(), "hikeshi.library.rescan-every", "1s",
                    "hikeshi.library.sync-every", "1s", "hikeshi.library.post-on-declare", "true",
                    "hikeshi.library.max-file-bytes", "20000");
        }
    }

    static final Path HISTORY = HistoryTemplates.DIR.resolve("history");

    static final String CLOCK_SKEW = """
            ---
            title: Users logged out by clock skew
            date: 2024-05-12
            severity: SEV2
            services: [auth]
            labels: [clock]
            ---
            # Users logged out by clock skew
            ## Summary
            Users were logged out; the auth service rejected freshly issued tokens as not yet valid.
            ## Root cause
            NTP was blocked, so two nodes drifted 90 seconds ahead (clock skew).
            ## Resolution
            Restored NTP and added a 60 s leeway to token validation.
            """;

    @Inject
    HistoryImport history;

    @Inject
    IndexSync sync;

    @BeforeEach
    void emptyHistory() throws IOException {
        Files.createDirectories(HISTORY);
        try (Stream<Path> files = Files.walk(HISTORY)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(HISTORY)).forEach(p -> p.toFile().delete());
        }
        history.rescan();
        sync.rebuild();
    }

    static void write(String file, String content) throws IOException {
        Path path = HISTORY.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    /** Waits until the library of this replica holds a file. */
    static void awaitIndexed(String words, String source) {
        await().atMost(Duration.ofSeconds(15)).until(() -> searchApi("q=" + words).getList("hits.source")
                .contains(source));
    }

    static JsonPath searchApi(String query) {
        return given().get("/api/search?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** The library check of /q/health. */
    static JsonPath libraryCheck() {
        String health = given().get("/q/health").then().statusCode(200).extract().asString();
        return JsonPath.from(health).setRootPath("checks.find { it.name == 'incident library' }");
    }
}
