package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.input.TextField;
import io.hikeshi.incident.TitleRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The declare form filled in from a message stays within the form's limits, whatever the message holds. */
@Tag("no-database")
class MessagePrefillTest {

    private static final String LINK = "https://acme.slack.com/archives/C1/p1795300000000200";

    @Test
    void theTitleIsTheFirstLineWithItsMarkupRead() {
        assertThat(MessagePrefill.title("\n  <!here> <@U123|alice> says <https://x.example/a|checkout> is down\nmore"))
                .isEqualTo("@here @alice says checkout (https://x.example/a) is down");
        assertThat(MessagePrefill.title("   ")).isEqualTo(MessagePrefill.UNTITLED);
        assertThat(MessagePrefill.title(null)).isEqualTo(MessagePrefill.UNTITLED);
    }

    @Test
    void longMessagesAreShortenedWithoutSplittingACharacterAndTheLinkAlwaysFits() {
        String emoji = "🔥".repeat(2_000);
        String title = MessagePrefill.title(emoji);
        assertThat(title.length()).isLessThanOrEqualTo(TextField.TITLE.maxLength());
        assertThat(TitleRules.problemWith(title)).isEmpty();

        String description = MessagePrefill.description("x\u0007y " + emoji + "\n" + "z".repeat(5_000), LINK);
        assertThat(description.length()).isLessThanOrEqualTo(TextField.DESCRIPTION.maxLength());
        assertThat(TextField.DESCRIPTION.problemWith(description)).isEmpty();
        // The bell is a control character: a form would refuse it, so it is dropped.
        assertThat(description).startsWith("> xy 🔥").endsWith("\n\nFrom: " + LINK).contains("…");
    }

    @Test
    void everyLineIsQuoted() {
        assertThat(MessagePrefill.description("a &lt;b&gt;\nc", null))
                .isEqualTo("> a <b>\n> c\n\n(from a Slack message)");
    }
}
