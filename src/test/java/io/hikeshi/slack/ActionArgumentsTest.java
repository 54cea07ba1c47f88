package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading {@code /incident action <text> [@owner]}: the owner is the last word, and only a real person. */
@Tag("no-database")
class ActionArgumentsTest {

    private static final String CALLER = "UCALLER";

    @Test
    void textWithoutOwner() throws Exception {
        assertThat(parse("Rotate the leaked API key"))
                .isEqualTo(new ActionArguments("Rotate the leaked API key", Optional.empty()));
    }

    @Test
    void aMentionAtTheEndIsTheOwner() throws Exception {
        assertThat(parse("Add an alert on queue depth <@U0OWNER|bob>"))
                .isEqualTo(new ActionArguments("Add an alert on queue depth", Optional.of("U0OWNER")));
        assertThat(parse("Add an alert <@W0OWNER>").ownerId()).contains("W0OWNER");
    }

    @Test
    void meIsTheCaller() throws Exception {
        assertThat(parse("Write the customer email ME"))
                .isEqualTo(new ActionArguments("Write the customer email", Optional.of(CALLER)));
    }

    @Test
    void mentionsInsideTheTextBecomeWordsAndQuotedWordsStayText() throws Exception {
        assertThat(parse("Ask <@U0CAROL|carol> about backups"))
                .isEqualTo(new ActionArguments("Ask @carol about backups", Optional.empty()));
        assertThat(parse("Ask <@U0CAROL> and {@U0CEO} about it"))
                .isEqualTo(new ActionArguments("Ask @U0CAROL and {@U0CEO} about it", Optional.empty()));
        assertThat(parse("Ask carol \"me\"")).isEqualTo(new ActionArguments("Ask carol me", Optional.empty()));
    }

    @Test
    void anOwnerSlackDidNotLinkIsExplained() {
        assertThatThrownBy(() -> parse("Rotate keys @nobody"))
                .hasMessageContaining("I can't find a person called `@nobody`").hasMessageContaining("write `me`");
        // Typed angle brackets arrive escaped: they look like a mention but are not one.
        assertThatThrownBy(() -> parse("Rotate keys &lt;@U0FAKE&gt;"))
                .hasMessageContaining("I can't find a person called `&lt;@U0FAKE&gt;`");
        assertThatThrownBy(() -> parse("Rotate keys <!here>")).hasMessageContaining("I can't find a person");
    }

    @Test
    void textIsRequired() {
        assertThatThrownBy(() -> parse("")).hasMessage("Say what needs doing: the action item needs some text.");
        assertThatThrownBy(() -> parse("<@U0OWNER|bob>")).hasMessageContaining("some text before its owner");
        assertThatThrownBy(() -> parse("me")).hasMessageContaining("some text before its owner");
    }

    private static ActionArguments parse(String text) throws Exception {
        return ActionArguments.parse(CommandTokens.split(text), CALLER);
    }
}
