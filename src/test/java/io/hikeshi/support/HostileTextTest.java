package io.hikeshi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The check the hostile-text tests rely on finds live markup however a request to Slack encodes it. */
@Tag("no-database")
class HostileTextTest {

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    @Test
    void liveMarkupInsideGsonEscapedBlocksIsFound() {
        // Gson, which the Slack SDK uses, writes < and > as \u003c and \u003e.
        String blocks = new Gson().toJson(List.of(Map.of("type", "section",
                "text", Map.of("type", "mrkdwn", "text", "hi <!channel> and <@U0CEO>"))));
        assertThat(blocks).doesNotContain("<!channel>");

        List<String> strings = HostileText.strings(form(Map.of("channel", "C1", "blocks", blocks)));

        assertThat(strings.stream().flatMap(s -> HostileText.liveIn(s).stream()))
                .contains("<!channel", "<@U0CEO");
    }

    @Test
    void hiddenCharactersAndEveryLivePieceAreFoundEscapedOnesAreNot() {
        assertThat(HostileText.liveIn("topic \u202Eevil")).containsExactly("hidden character");
        assertThat(HostileText.liveIn(String.join(" ", HostileText.LIVE))).containsExactlyElementsOf(HostileText.LIVE);
        assertThat(HostileText.liveIn("&lt;!channel&gt; &lt;@U0CEO&gt; <@UDECLARER> <!subteam^S0ONCALL>")).isEmpty();
    }
}
