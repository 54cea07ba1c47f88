package io.hikeshi.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("no-database")
class RunbookLoaderTest {

    private final RunbookLoader loader = new RunbookLoader(256 * 1024, Set.of("SEV1", "SEV2", "SEV3", "SEV4"),
            "first-response");

    @TempDir
    Path dir;

    @Test
    void theShippedRunbooksLoadWithoutProblems() {
        CatalogSnapshot snapshot = loader.load(Path.of("templates/runbooks"));

        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.runbooks()).extracting(Runbook::name).containsExactly("certificate-expiry",
                "database-failover", "first-response", "rollback-after-deploy", "third-party-outage");
        assertThat(snapshot.runbooks()).allSatisfy(runbook -> assertThat(runbook.checklist()).hasSizeGreaterThan(4));
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillLoad() throws IOException {
        write("first-response.md", "---\ntitle: First response\n---\n- [ ] Assign a commander\n");
        write("good.md", "---\ntitle: Good\nmatch:\n  keywords: [deploy]\n---\n- [ ] Roll back\n");
        write("broken.md", "---\ntitle: Broken\nmatch:\n  keyword: [x]\n---\nbody\n");
        write("empty.md", "");

        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.runbooks()).extracting(Runbook::name).containsExactly("first-response", "good");
        assertThat(snapshot.problems()).extracting(RunbookProblem::describe).containsExactly(
                "broken.md line 4: unknown key `match.keyword`; known keys are match.keywords, match.services,"
                        + " match.severities",
                "empty.md: the file is empty; a runbook starts with front matter (`---`, `title: …`, `---`) followed"
                        + " by Markdown");
        assertThat(snapshot.errors()).isEqualTo(2);
    }

    @Test
    void duplicateNamesAndTitlesAreRefusedNamingTheFirst() throws IOException {
        // Files are read in path order; the first one keeps the name.
        write("db.md", "---\ntitle: Database\nmatch: {services: [db]}\n---\nbody\n");
        write("team-b/db.md", "---\ntitle: Other database\nmatch: {services: [db]}\n---\nbody\n");
        write("zz.md", "---\ntitle: database\nmatch: {services: [db]}\n---\nbody\n");

        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.runbooks()).extracting(Runbook::file).containsExactly("db.md");
        assertThat(snapshot.problems()).filteredOn(RunbookProblem::error).extracting(RunbookProblem::describe)
                .containsExactlyInAnyOrder(
                        "team-b/db.md: the name `db` is already used by db.md; each runbook needs its own, so"
                                + " `/incident runbook` can find it",
                        "zz.md: the title \"database\" is already used by db.md; each runbook needs its own, so"
                                + " `/incident runbook` can find it");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() throws IOException {
        write("huge.md", "---\ntitle: Huge\n---\n" + "- [ ] step\n".repeat(100_000));

        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.runbooks()).isEmpty();
        assertThat(snapshot.problems()).extracting(RunbookProblem::describe)
                .contains("huge.md: the file is 1.0 MB; runbooks are limited to 256 KB so they stay readable in Slack");
    }

    @Test
    void notUtf8IsRefused() throws IOException {
        Files.write(dir.resolve("latin1.md"), "---\ntitle: Caf\u00e9\n---\nbody\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(loader.load(dir).problems()).extracting(RunbookProblem::describe)
                .contains("latin1.md: the file is not UTF-8 text");
    }

    @Test
    void runbooksThatCanNeverMatchGetWarningsAndStayUsable() throws IOException {
        write("manual.md", "---\ntitle: Manual\n---\nRead me.\n");
        write("sev9.md", "---\ntitle: Sev nine\nmatch:\n  keywords: [x]\n  severities: [SEV9]\n---\nbody\n");

        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.runbooks()).extracting(Runbook::name).containsExactly("manual", "sev9");
        assertThat(snapshot.errors()).isZero();
        assertThat(snapshot.problems()).extracting(RunbookProblem::describe).containsExactly(
                "first-response.md: there is no first-response runbook, so declaring an incident posts only the"
                        + " runbooks that match it",
                "manual.md line 2: `match` names no services or keywords, so this runbook is never posted on its own;"
                        + " post it with `/incident runbook manual`",
                "sev9.md line 2: `match.severities` names SEV9, which is not a configured severity (SEV1, SEV2, SEV3,"
                        + " SEV4), so it never matches");
    }

    @Test
    void hiddenFoldersReadmesAndOtherFilesAreSkipped() throws IOException {
        // A mounted ConfigMap: the files are links into a hidden, timestamped folder.
        write("..2024_01_01/first-response.md", "---\ntitle: First response\n---\n- [ ] x\n");
        Files.createSymbolicLink(dir.resolve("..data"), dir.resolve("..2024_01_01"));
        Files.createSymbolicLink(dir.resolve("first-response.md"), dir.resolve("..data/first-response.md"));
        write("README.md", "# How to write runbooks\n");
        write("notes.txt", "not a runbook");

        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.runbooks()).extracting(Runbook::file).containsExactly("first-response.md");
        assertThat(snapshot.problems()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        CatalogSnapshot snapshot = loader.load(dir.resolve("nope"));

        assertThat(snapshot.runbooks()).isEmpty();
        assertThat(snapshot.problems()).singleElement().satisfies(problem ->
                assertThat(problem.reason()).contains("does not exist").contains("HIKESHI_TEMPLATES_DIR"));
    }

    @Test
    void findsByNameOrTitleIgnoringCaseAndSpacing() throws IOException {
        write("db-failover.md", "---\ntitle: Database failover\nmatch: {services: [db]}\n---\nbody\n");
        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.find("DB-Failover")).isPresent();
        assertThat(snapshot.find("db-failover.md")).isPresent();
        assertThat(snapshot.find("  database   FAILOVER ")).isPresent();
        assertThat(snapshot.find("failover")).isEmpty();
    }

    @Test
    void aNameWinsOverAnotherRunbooksTitle() throws IOException {
        // "a-db" sorts first, and its title is the other runbook's name.
        write("a-db.md", "---\ntitle: Failover\nmatch: {services: [db]}\n---\nbody\n");
        write("failover.md", "---\ntitle: Failing over by hand\nmatch: {services: [db]}\n---\nbody\n");
        CatalogSnapshot snapshot = loader.load(dir);

        assertThat(snapshot.find("failover")).map(Runbook::name).contains("failover");
        assertThat(snapshot.find("FAILOVER.md")).map(Runbook::name).contains("failover");
        assertThat(snapshot.find("failing over by hand")).map(Runbook::name).contains("failover");
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
