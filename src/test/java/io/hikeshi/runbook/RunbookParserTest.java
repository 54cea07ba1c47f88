package io.hikeshi.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class RunbookParserTest {

    private static final String GOOD = """
            ---
            title: Elevated 5xx after a deploy
            description: Roll back first.
            match:
              services: [checkout, payments-api]
              keywords:
                - 5xx
                - error rate
              severities: SEV1
            ---

            ## Roll back

            - [ ] Freeze deploys
            - [x] Roll back
              with kubectl
            - plain item

            ```
            - [ ] not a task inside code
            ```
            """;

    @Test
    void readsFrontMatterBodyAndChecklist() throws Exception {
        RunbookParser.Parsed parsed = RunbookParser.parse("team/rollback.md", GOOD);
        Runbook runbook = parsed.runbook();

        assertThat(runbook.name()).isEqualTo("rollback");
        assertThat(runbook.file()).isEqualTo("team/rollback.md");
        assertThat(runbook.title()).isEqualTo("Elevated 5xx after a deploy");
        assertThat(runbook.description()).isEqualTo("Roll back first.");
        assertThat(runbook.match().services()).containsExactly("checkout", "payments-api");
        assertThat(runbook.match().keywords()).containsExactly("5xx", "error rate");
        assertThat(runbook.match().severities()).containsExactly("SEV1");
        assertThat(runbook.bodyLine()).isEqualTo(12);
        assertThat(runbook.checklist()).extracting(Markdown.Task::text)
                .containsExactly("Freeze deploys", "Roll back with kubectl");
        assertThat(runbook.checklist()).extracting(Markdown.Task::line).containsExactly(14, 15);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void matchIsOptional() throws Exception {
        Runbook runbook = RunbookParser.parse("notes.md", "---\ntitle: Notes\n---\nJust text.\n").runbook();

        assertThat(runbook.match().isEmpty()).isTrue();
        assertThat(runbook.checklist()).isEmpty();
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreFine() throws Exception {
        Runbook runbook = RunbookParser.parse("x.md", "\uFEFF---\r\ntitle: X\r\n---\r\n- [ ] one\r\n").runbook();

        assertThat(runbook.title()).isEqualTo("X");
        assertThat(runbook.checklist()).hasSize(1);
    }

    @Test
    void anUnclosedCodeBlockIsAWarning() throws Exception {
        RunbookParser.Parsed parsed = RunbookParser.parse("x.md", "---\ntitle: X\n---\ntext\n\n```\ncode\n");

        assertThat(parsed.warnings()).extracting(RunbookProblem::line, RunbookProblem::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, false));
    }

    @Test
    void problemsAreReportedWithTheirLine() {
        assertProblem("", 0, "the file is empty");
        assertProblem("   \n\n", 0, "the file is empty");
        assertProblem("# Title\n- [ ] x\n", 1, "no front matter");
        assertProblem("---\ntitle: X\n- [ ] x\n", 1, "never closed");
        assertProblem("---\ntitle: X\nmatch: [a, b\n---\nbody\n", 3, "not valid YAML");
        assertProblem("---\ntitle: X\nkeyword: [a]\n---\nbody\n", 3, "unknown key `keyword`");
        assertProblem("---\ntitle: X\nmatch:\n  service: [a]\n---\nbody\n", 4, "unknown key `match.service`");
        assertProblem("---\ntitle: X\ntitle: Y\n---\nbody\n", 3, "`title` is given twice");
        assertProblem("---\ndescription: no title\n---\nbody\n", 2, "no `title:`");
        assertProblem("---\ntitle: [a, b]\n---\nbody\n", 2, "`title` must be text, not a list");
        assertProblem("---\ntitle: X\nmatch: checkout\n---\nbody\n", 3, "`match` must contain");
        assertProblem("---\ntitle: X\n---\n\n", 3, "nothing after its front matter");
        assertProblem("---\n---\nbody\n", 2, "the front matter is empty");
        assertProblem("---\n- a\n- b\n---\nbody\n", 2, "must be `key: value` lines");
        assertProblem("---\ntitle: " + "x".repeat(151) + "\n---\nbody\n", 2, "keep it to 150");
        assertProblem("---\ntitle: X\n---\n\n- [ ] " + "y".repeat(1001) + "\n", 5, "the checklist item is 1001");
        assertProblem("---\ntitle: X\n---\n- [ ] one\n- [ ] \n- [ ] three\n", 5, "the checklist item is empty");
    }

    @Test
    void theFileNameMustMakeAUsableName() {
        assertThatThrownBy(() -> RunbookParser.parse("DB failover.md", "---\ntitle: X\n---\nbody\n"))
                .hasMessageContaining("`DB failover.md` cannot name a runbook");
    }

    @Test
    void yamlAliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("---\ntitle: X\nmatch:\n  keywords: &a [x, x, x, x, x, x, x, x, x]\n");
        List.of("b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
                "w").forEach(n -> yaml.append("x").append(n).append(": &").append(n).append(" [*a, *a, *a]\n"));
        yaml.append("---\nbody\n");

        assertThatThrownBy(() -> RunbookParser.parse("bomb.md", yaml.toString()))
                .isInstanceOf(InvalidRunbookException.class);
    }

    private static void assertProblem(String content, int line, String reason) {
        assertThatThrownBy(() -> RunbookParser.parse("bad.md", content))
                .isInstanceOfSatisfying(InvalidRunbookException.class, e -> {
                    assertThat(e.getMessage()).as(content).contains(reason);
                    assertThat(e.line()).as(content).isEqualTo(line);
                });
    }
}
