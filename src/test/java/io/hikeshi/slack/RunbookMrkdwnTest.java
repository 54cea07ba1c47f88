package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.runbook.Markdown;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class RunbookMrkdwnTest {

    @Test
    void inlineMarkdownBecomesMrkdwn() {
        assertThat(RunbookMrkdwn.inline("**Roll back** the *last* deploy, ~~not~~ `kubectl rollout undo <svc>`"))
                .isEqualTo("*Roll back* the _last_ deploy, ~not~ `kubectl rollout undo &lt;svc&gt;`");
        assertThat(RunbookMrkdwn.inline("See [the dashboard](https://grafana.example.com/d/abc?x=1&y=2) or"
                + " <https://status.example.com>"))
                .isEqualTo("See <https://grafana.example.com/d/abc?x=1&y=2|the dashboard> or <https://status.example.com>");
        assertThat(RunbookMrkdwn.inline("**[bold link](https://x.example)**")).isEqualTo("*<https://x.example|bold link>*");
    }

    @Test
    void nothingCanMentionOrLinkSneakily() {
        assertThat(RunbookMrkdwn.inline("<!channel> & <@U123> [x](javascript:void)"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U123&gt; x");
        assertThat(RunbookMrkdwn.inline("snake_case_name and 2*3*4 and \\*literal\\*"))
                .isEqualTo("snake_case_name and 2*3*4 and ∗literal∗");
    }

    @Test
    void blocksRenderFaithfully() {
        List<RunbookMrkdwn.Piece> pieces = RunbookMrkdwn.render(Markdown.parse("""
                ## Roll **back**
                - one
                  - two
                3. three
                - [ ] Do `x`

                ```
                if a < b && c > d
                ```
                > careful
                ---
                """, 1));

        assertThat(pieces).containsExactly(
                new RunbookMrkdwn.Text("*Roll back*", false, true, false),
                new RunbookMrkdwn.Text("• one", false, false, false),
                new RunbookMrkdwn.Text("\u2003\u2003• two", false, false, true),
                new RunbookMrkdwn.Text("3. three", false, false, true),
                new RunbookMrkdwn.Item(0, 0, "Do `x`"),
                new RunbookMrkdwn.Text("```\nif a &lt; b &amp;&amp; c &gt; d\n```", true, false, false),
                new RunbookMrkdwn.Text("> careful", false, false, false),
                new RunbookMrkdwn.Divider());
    }

    @Test
    void tablesBecomeReadableText() {
        List<RunbookMrkdwn.Piece> narrow = RunbookMrkdwn.render(Markdown.parse("""
                | signal | healthy |
                |---|---|
                | **5xx** rate | < 0.1 % |
                """, 1));
        assertThat(narrow).containsExactly(new RunbookMrkdwn.Text("""
                ```
                signal   | healthy
                ------------------
                5xx rate | &lt; 0.1 %
                ```""", true, false, false));

        String wideCell = "x".repeat(80);
        List<RunbookMrkdwn.Piece> wide = RunbookMrkdwn.render(Markdown.parse("| a | b |\n|---|---|\n| **1** | "
                + wideCell + " |\n", 1));
        assertThat(wide).containsExactly(new RunbookMrkdwn.Text("• *a:* *1* · *b:* " + wideCell, false, false,
                false));
    }
}
