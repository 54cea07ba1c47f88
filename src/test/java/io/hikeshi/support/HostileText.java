package io.hikeshi.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text people could type (as Slack delivers it, already escaped) to make the bot mention, broadcast, link or format,
 * and the check that none of it came out live. Add a string here and every test that uses the corpus tries it.
 */
public final class HostileText {

    /** A user group nobody configured; its mention must never be live. */
    public static final String GROUP = "S0ALLENG";
    /** A person nobody assigned; their mention must never be live. */
    public static final String USER = "U0CEO";

    /** Hostile strings, each as Slack sends it in a slash command's text. */
    public static final List<String> CORPUS = List.of(
            "<!channel> checkout down",
            "<!here> <!everyone>",
            "<!subteam^" + GROUP + "|@all-engineering> please look",
            "<@" + USER + "> <@" + USER + "|ceo> approve this",
            "<#C0EVIL> and <#C0EVIL|general>",
            "<!date^0^{date_short}|tomorrow> maintenance",
            "<https://evil.example|click here> for the dashboard",
            "&amp;lt;!channel&amp;gt; already escaped",
            "{^" + GROUP + "} {@" + USER + "} {#C0EVIL} {cmd}",
            "*bold* _italic_ ~strike~ `code` ```block```",
            "[x](https://evil.example) ![img](data:text/html;base64,PHNjcmlwdD4=)",
            "emoji 🔥🚒 and CJK 数据库が停止 한국어",
            "bidi \u202Egnp.exe\u202C zero\u200Bwidth\u200D \u2066isolate\u2069 tag\uDB40\uDC41 bom\uFEFF",
            "x".repeat(10_000));

    /** Pieces that, anywhere in what was sent to Slack, would be a live broadcast, mention, link or date. */
    public static final List<String> LIVE = List.of("<!channel", "<!here", "<!everyone", "<!subteam^" + GROUP,
            "<@" + USER, "<#C0EVIL", "<!date^0^", "<https://evil", "<data:");

    /** Characters that must not reach Slack: bidi controls, zero-width characters, tag characters. */
    private static final String HIDDEN = "[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]|[\\x{E0000}-\\x{E007F}]";

    private HostileText() {
    }

    /** The live pieces and hidden characters in one value sent to Slack; empty when it is safe. */
    public static List<String> liveIn(String value) {
        List<String> found = new ArrayList<>();
        for (String piece : LIVE) {
            if (value.contains(piece)) {
                found.add(piece);
            }
        }
        if (value.matches("(?s).*(" + HIDDEN + ").*")) {
            found.add("hidden character");
        }
        return found;
    }

    /** Every string in a request Slack received: form fields, and every string inside those that hold JSON. */
    public static List<String> strings(String body) {
        List<String> out = new ArrayList<>();
        if (body.startsWith("{") || body.startsWith("[")) {
            collect(body, out);
            return out;
        }
        for (Map.Entry<String, String> field : FakeSlack.parseForm(body).entrySet()) {
            out.add(field.getValue());
            collect(field.getValue(), out);
        }
        return out;
    }

    private static void collect(String maybeJson, List<String> out) {
        String trimmed = maybeJson.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return;
        }
        try {
            collect(new ObjectMapper().readTree(trimmed), out);
        } catch (IOException notJson) {
            // A value that only looks like JSON was checked as it is.
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collect(child, out));
    }
}
