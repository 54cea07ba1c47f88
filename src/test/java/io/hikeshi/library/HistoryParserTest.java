package io.hikeshi.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** History files: front matter or none, any headings, English and Japanese; what cannot be used, and why. */
@Tag("no-database")
class HistoryParserTest {

    @Test
    void readsTheFrontMatterAndTheSections() throws Exception {
        HistoryEntry entry = HistoryParser.parse("a.md", """
                ---
                title: Checkout down
                date: 2024-03-01
                severity: SEV2
                services: [checkout, payments]
                labels: deploy, config
                owner: someone           # teams' own keys are ignored
                ---
                # Checkout down
                ## Root cause
                - A bad deploy
                ## Resolution
                Rolled back.
                """);

        assertThat(entry.title()).isEqualTo("Checkout down");
        assertThat(entry.date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(entry.severity()).isEqualTo("SEV2");
        assertThat(entry.services()).containsExactly("checkout", "payments");
        assertThat(entry.labels()).containsExactly("deploy", "config");
        PostmortemSections.Found found = PostmortemSections.of(entry.body());
        assertThat(found.rootCause()).containsExactly("A bad deploy");
        assertThat(found.resolution()).containsExactly("Rolled back.");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitleAndWithoutOneTheFileName() throws Exception {
        assertThat(HistoryParser.parse("x.md", "Some text\n\n## DNS outage\nmore").title()).isEqualTo("DNS outage");
        assertThat(HistoryParser.parse("2023/dns-outage.md", "Just text").title()).isEqualTo("dns-outage");
    }

    @Test
    void japaneseHeadingsGiveTheRootCauseAndTheResolution() throws Exception {
        HistoryEntry entry = HistoryParser.parse("ja.md", "# 決済障害\n## 原因\n代行会社の障害\n## 対応\n切り替えた\n");

        assertThat(entry.title()).isEqualTo("決済障害");
        assertThat(PostmortemSections.of(entry.body()).rootCause()).containsExactly("代行会社の障害");
        assertThat(PostmortemSections.of(entry.body()).resolution()).containsExactly("切り替えた");
    }

    @Test
    void theShippedExamplesAllLoadWithTheirSections() throws IOException, InvalidHistoryException {
        List<Path> files;
        try (var list = Files.list(Path.of("templates/history"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) {
            HistoryEntry entry = HistoryParser.parse(file.getFileName().toString(), Files.readString(file));
            PostmortemSections.Found found = PostmortemSections.of(entry.body());
            assertThat(found.rootCause()).as(file.toString()).isNotEmpty();
            assertThat(found.resolution()).as(file.toString()).isNotEmpty();
            assertThat(entry.date()).as(file.toString()).isNotNull();
        }
    }

    @Test
    void unusableFilesSayWhyAndWhere() {
        assertThatThrownBy(() -> HistoryParser.parse("e.md", "  \n")).hasMessage("the file is empty");
        assertThatThrownBy(() -> HistoryParser.parse("b.md", "abc\0def")).hasMessageContaining("binary");
        assertThatThrownBy(() -> HistoryParser.parse("u.md", "---\ntitle: x\n# never closed"))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> HistoryParser.parse("y.md", "---\ntitle: [unclosed\n---\nbody"))
                .isInstanceOf(InvalidHistoryException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> HistoryParser.parse("d.md", "---\ndate: last tuesday\n---\nbody"))
                .hasMessageContaining("`date` must be a day")
                .satisfies(e -> assertThat(((InvalidHistoryException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> HistoryParser.parse("s.md", "---\nservices: {a: b}\n---\nbody"))
                .hasMessageContaining("`services` must be text");
        assertThatThrownBy(() -> HistoryParser.parse("n.md", "---\ntitle: only front matter\n---\n"))
                .hasMessageContaining("no text after its front matter");
    }
}
