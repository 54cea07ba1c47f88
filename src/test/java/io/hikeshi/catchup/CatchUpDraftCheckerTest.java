package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hikeshi.llm.LlmException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The model's answer is parsed strictly and checked against its input. */
@Tag("no-database")
class CatchUpDraftCheckerTest {

    @Test
    void onlyPointsCitingRealMessagesSurviveAndUnknownCitationsAreRemoved() throws LlmException {
        CatchUpDraft draft = CatchUpDraftParser.parse("```json\n"
                + "{\"status\":[{\"text\":\"ok\",\"sources\":[1,\"[2]\",99]},"
                + "{\"text\":\"made up\",\"sources\":[42]},{\"text\":\"no sources\"}],\"next\":[]}\n```");
        CatchUpDraft checked = CatchUpDraftChecker.check(draft, Set.of(1, 2, 3), Set.of());
        assertThat(checked.status()).containsExactly(new CatchUpDraft.Point("ok", List.of(1, 2)));
        assertThat(checked.tried()).isEmpty();
    }

    @Test
    void newUrlsMentionsAndBroadcastsAreNeutralised() {
        String cleaned = CatchUpDraftChecker.clean("See https://known.example/a, https://new.example/b <@U123> <!here>"
                + " <#C1|general> @channel @everyone x\u200By", Set.of("https://known.example/a"));
        assertThat(cleaned).isEqualTo("See https://known.example/a, [link removed] ＠channel ＠everyone xy");
    }

    @Test
    void answersWithoutTheRequestedShapeAreGarbage() {
        assertThatThrownBy(() -> CatchUpDraftParser.parse("no json here")).isInstanceOf(LlmException.class)
                .hasMessageContaining("did not answer with a JSON object");
        assertThatThrownBy(() -> CatchUpDraftParser.parse("{\"summary\":\"fine\"}")).isInstanceOf(LlmException.class)
                .hasMessageContaining("requested fields");
        assertThatThrownBy(() -> CatchUpDraftParser.parse("{\"status\": [}")).isInstanceOf(LlmException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void slackMarkupIsReadableForTheModel() {
        assertThat(MessageText.readable("<@U1> see <https://x.example/a|the dash> in <#C2|ops> <!here> &lt;b&gt;",
                id -> "alice")).isEqualTo("@alice see the dash (https://x.example/a) in #ops @here <b>");
    }
}
