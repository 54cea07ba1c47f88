package io.hikeshi.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class MarkdownTest {

    @Test
    void readsBlocksWithTheirLines() {
        List<Markdown.Block> blocks = Markdown.parse("""
                # Title
                Some text
                over two lines.

                - bullet
                  - nested
                1. first
                - [ ] task one
                  - [X] task two

                ```sh
                - [ ] not a task
                ```

                | a | b |
                |---|:-:|
                | 1 | 2 |

                > quoted
                ---
                """, 10);

        assertThat(blocks).containsExactly(
                new Markdown.Heading(1, "Title", 10),
                new Markdown.Paragraph("Some text over two lines.", 11),
                new Markdown.ListItem(0, "•", "bullet", 14),
                new Markdown.ListItem(1, "•", "nested", 15),
                new Markdown.ListItem(0, "1.", "first", 16),
                new Markdown.Task(0, 0, "task one", 17),
                new Markdown.Task(1, 1, "task two", 18),
                new Markdown.Code("- [ ] not a task", true, 20),
                new Markdown.Table(List.of(List.of("a", "b"), List.of("1", "2")), 24),
                new Markdown.Quote("quoted", 28),
                new Markdown.Rule(29));
        assertThat(Markdown.tasks(blocks)).extracting(Markdown.Task::index).containsExactly(0, 1);
    }

    @Test
    void aLongerFenceIsClosedOnlyByALongEnoughOne() {
        List<Markdown.Block> blocks = Markdown.parse("````\n```\ninner\n```\n````\nafter", 1);

        assertThat(blocks).containsExactly(new Markdown.Code("```\ninner\n```", true, 1),
                new Markdown.Paragraph("after", 6));
    }
}
