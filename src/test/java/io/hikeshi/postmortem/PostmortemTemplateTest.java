package io.hikeshi.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering postmortem templates with a rich incident: every section, escaping, bad templates, reloading. */
@Tag("no-database")
class PostmortemTemplateTest {

    static final String HOSTILE = "<script>alert(1)</script> # [x](javascript:alert(1)) *bold* <@U1|bob> <!here>";

    @TempDir
    Path dir;

    static PostmortemFacts richIncident(Narrative narrative) {
        return new PostmortemFacts(
                new PostmortemFacts.Incident(7, "INC-7", "Checkout " + HOSTILE, "Payments failed\n# not a heading",
                        "SEV1", "Critical", "resolved", false, "@UDECL", "2024-05-01 10:00 UTC",
                        "2024-05-01 09:45 UTC", "2024-05-01 10:40 UTC", "2024-05-01 11:05 UTC", "#inc-7-checkout"),
                new PostmortemFacts.Durations("15m", "55m", "1h 20m"),
                List.of(new PostmortemFacts.Role("commander", "@UBOB", "@UDECL", "2024-05-01 10:10 UTC", "now", true)),
                List.of(new PostmortemFacts.Role("commander", "@UDECL", "@UDECL", "2024-05-01 10:00 UTC",
                                "2024-05-01 10:10 UTC", false),
                        new PostmortemFacts.Role("commander", "@UBOB", "@UDECL", "2024-05-01 10:10 UTC", "now", true),
                        new PostmortemFacts.Role("scribe", "@UCAROL", "@UBOB", "2024-05-01 10:12 UTC", "now", true)),
                List.of("@UDECL", "@UBOB", "@UCAROL"),
                List.of(new PostmortemFacts.TimelineEntry("10:00", "2024-05-01 10:00 UTC", "declared", "@UDECL",
                                "Declared SEV1", ""),
                        new PostmortemFacts.TimelineEntry("10:20", "2024-05-01 10:20 UTC", "note", "@UCAROL",
                                "Rolled back | deploy 4711 " + HOSTILE, "https://acme.slack.com/archives/C1/p1")),
                List.of(new PostmortemFacts.ActionItem("Alert on payment errors", "@UBOB", true, "@UBOB",
                                "2024-05-02 09:00 UTC"),
                        new PostmortemFacts.ActionItem("Canary deploys", "", false, "", "—")),
                List.of(new ChecklistProgress("Payments runbook", 3, 5, List.of())),
                narrative,
                new PostmortemFacts.Generated("2024-05-01 11:06 UTC", 1, "default",
                        "https://hikeshi.example.com/incidents/7/postmortem"));
    }

    private String renderDefault(Narrative narrative) {
        PostmortemTemplates templates = new PostmortemTemplates(dir);
        return DraftRenderer.fill(templates.builtIn().template(), richIncident(narrative));
    }

    @Test
    void defaultTemplateHasEveryFactAndEverySection() {
        String markdown = renderDefault(Narrative.prompts(Narrative.NO_MODEL));

        assertThat(markdown).contains("# Postmortem: INC-7 — Checkout", "SEV1 — Critical", "15m / 55m / 1h 20m",
                "2024-05-01 09:45 UTC", "\\#inc-7-checkout", "**commander**: @UDECL, 2024-05-01 10:00 UTC – 2024-05-01 10:10 UTC",
                "**scribe**: @UCAROL", "Participants: @UDECL, @UBOB, @UCAROL", "| 2024-05-01 10:20 UTC | **note**",
                "- [x] Alert on payment errors — owner @UBOB (done by @UBOB)", "- [ ] Canary deploys",
                "Payments runbook: 3 of 5 done", "Draft version 1");
        for (String heading : List.of("Summary", "Impact", "Timeline (UTC)", "Detection", "Response",
                "Root cause and contributing factors", "What went well", "What went poorly", "Where we got lucky",
                "Action items", "Lessons learned")) {
            assertThat(markdown).contains("## " + heading);
        }
        for (NarrativeSection.Section section : NarrativeSection.Section.values()) {
            assertThat(markdown).contains("> _To write:_ " + section.prompt());
        }
        assertThat(markdown).doesNotContain("AI draft");
    }

    @Test
    void aiSectionsAreMarkedAsDraftsToVerify() {
        Narrative narrative = new Narrative(Map.of(NarrativeSection.Section.SUMMARY, NarrativeSection.drafted(
                NarrativeSection.Section.SUMMARY, List.of("A bad config reached checkout.", "It was rolled back."))),
                "drafted by a language model");
        String markdown = renderDefault(narrative);
        assertThat(markdown).contains("> _AI draft — verify:_", "A bad config reached checkout.\n\nIt was rolled back.")
                .contains("> _To write:_ " + NarrativeSection.Section.IMPACT.prompt());
    }

    /** The worked example in templates/postmortem/README.md renders exactly as documented there. */
    @Test
    void theReadmesWorkedExampleRendersAsDocumented() throws IOException {
        String readme = Files.readString(Path.of("templates/postmortem/README.md"));
        String[] blocks = readme.substring(readme.indexOf("## A worked example")).split("```");
        write("sev1", blocks[1].strip() + "\n");
        PostmortemFacts facts = new PostmortemFacts(
                new PostmortemFacts.Incident(42, "INC-42", "Checkout errors after deploy", "", "SEV1", "Critical",
                        "resolved", false, "@alice", "2024-05-01 10:02 UTC", "2024-05-01 10:02 UTC",
                        "2024-05-01 10:20 UTC", "2024-05-01 11:07 UTC", "#inc-42-checkout"),
                new PostmortemFacts.Durations("—", "18m", "1h 05m"),
                List.of(new PostmortemFacts.Role("commander", "@bob", "@alice", "2024-05-01 10:05 UTC", "now",
                        true)),
                List.of(), List.of("@alice", "@bob", "@carol"),
                List.of(new PostmortemFacts.TimelineEntry("10:02", "2024-05-01 10:02 UTC", "declared", "@alice",
                                "Declared SEV1: Checkout errors after deploy", ""),
                        new PostmortemFacts.TimelineEntry("10:20", "2024-05-01 10:20 UTC", "note", "@carol",
                                "Rolled back deploy 4711", ""),
                        new PostmortemFacts.TimelineEntry("11:07", "2024-05-01 11:07 UTC", "status", "@bob",
                                "Resolved after 1h 05m", "")),
                List.of(new PostmortemFacts.ActionItem("Alert on checkout error rate", "@bob", false, "", "—")),
                List.of(), Narrative.prompts(Narrative.NO_MODEL),
                new PostmortemFacts.Generated("2024-05-01 11:08 UTC", 1, "sev1", ""));

        String rendered = DraftRenderer.fill(new PostmortemTemplates(dir).find("sev1").orElseThrow().template(), facts);

        assertThat(rendered.strip()).isEqualTo(blocks[3].strip());
    }

    @Test
    void incidentTextCannotFormatOrInjectIntoTheRenderedPage() {
        String markdown = renderDefault(Narrative.prompts(Narrative.NO_MODEL));
        String html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build()
                .render(Parser.builder().build().parse(markdown));

        assertThat(markdown).contains("Declared as: Payments failed \\# not a heading").doesNotContain("<script>");
        assertThat(html).doesNotContain("<script>", "href=\"javascript", "<strong>bold</strong>", "<h1>x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;@U1|bob&gt;", "&lt;!here&gt;");
    }

    @Test
    void syntaxErrorsAreReportedWithFileAndLine() throws IOException {
        Path file = write("sev1", "# {incident.title}\n\n{#for x in timeline}\nunclosed\n");
        PostmortemTemplates.Lookup lookup = new PostmortemTemplates(dir).find("sev1").orElseThrow();

        assertThat(lookup.usable()).isFalse();
        assertThat(lookup.problem().file()).isEqualTo(file.toString());
        assertThat(lookup.problem().line()).isPositive();
        assertThat(lookup.problem().describe()).startsWith(file + " line ");
    }

    @Test
    void unknownVariablesFailAtTheirLine() throws IOException {
        write("sev2", "# {incident.title}\n\nSee {incident.titel}\n");
        PostmortemTemplates.Lookup lookup = new PostmortemTemplates(dir).find("sev2").orElseThrow();
        try {
            DraftRenderer.fill(lookup.template(), richIncident(Narrative.prompts("x")));
            throw new AssertionError("rendering should fail");
        } catch (io.quarkus.qute.TemplateException e) {
            TemplateProblem problem = PostmortemTemplates.problem(lookup.file(), e);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("titel");
        }
    }

    @Test
    void changedFilesAreReloaded() throws IOException {
        PostmortemTemplates templates = new PostmortemTemplates(dir);
        Path file = write("default", "First {incident.reference}\n");
        assertThat(DraftRenderer.fill(templates.find("default").orElseThrow().template(),
                richIncident(Narrative.prompts("x")))).isEqualTo("First INC\\-7\n".replace("\\-", "-"));

        Files.writeString(file, "Second edition for {incident.reference}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(DraftRenderer.fill(templates.find("default").orElseThrow().template(),
                richIncident(Narrative.prompts("x")))).isEqualTo("Second edition for INC-7\n");
        assertThat(templates.find("missing")).isEmpty();
        assertThat(templates.exists("default")).isTrue();
    }

    @Test
    void markdownEscapingKeepsTheTextReadable() {
        assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownText.escape("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownText.escape("a_b *c* `d` <e> [f](g) | h")).isEqualTo(
                "a\\_b \\*c\\* \\`d\\` \\<e\\> \\[f\\]\\(g\\) \\| h");
        assertThat(MarkdownText.escape("line\nbreak")).isEqualTo("line break");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve("postmortem").resolve(name + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
