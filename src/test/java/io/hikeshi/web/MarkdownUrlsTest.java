package io.hikeshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Markdown links and images keep http, https, mailto and relative addresses, and nothing else. */
@Tag("no-database")
class MarkdownUrlsTest {

    static final List<String> HOSTILE = List.of(
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java%0ascript:alert(1)".replace("%0a", "\n"), "\u0001javascript:alert(1)", "javascript\u007F:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:image/svg+xml,<svg onload=alert(1)>",
            "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox(1)", "VBScript:msgbox(1)", "file:///etc/passwd",
            "blob:https://hikeshi.example.com/x", "ftp://files.example", "x-unknown:thing");

    /** The same, written in Markdown the ways the parser decodes (entities, escapes, autolinks). */
    static final List<String> HOSTILE_MARKDOWN = List.of(
            "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript&#x3A;alert(1))", "[x](javascript&colon;alert(1))", "[x](java&#9;script:alert(1))",
            "[x](<java script:alert(1)>)", "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "![x](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)", "![x](javascript:alert(1))",
            "![x](vbscript:x)", "<javascript:alert(1)>", "<data:text/html,x>", "[x][ref]\n\n[ref]: javascript:alert(1)",
            "![x][img]\n\n[img]: data:image/png;base64,AAAA", "[x](&#x20;javascript:alert(1))");

    /** Every href and src value in the HTML. */
    static List<String> addresses(String html) {
        return java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void otherSchemesAreDroppedHoweverTheyAreWritten() {
        for (String url : HOSTILE) {
            assertThat(MarkdownUrls.allowed(url)).as(url).isFalse();
        }
    }

    @Test
    void webMailAndRelativeAddressesStay() {
        for (String url : List.of("https://grafana.example.com/d/abc?from=now-1h#panel", "http://status.example",
                "HTTPS://EXAMPLE.COM", "mailto:oncall@example.com", "/incidents/4", "../postmortem",
                "#timeline", "?q=INC-4", "images/graph.png", "//cdn.example.com/x.png", "notes/10:30-deploy")) {
            assertThat(MarkdownUrls.allowed(url)).as(url).isTrue();
        }
    }

    @Test
    void renderedMarkdownCarriesNoOtherScheme() {
        for (String markdown : HOSTILE_MARKDOWN) {
            String html = MarkdownHtml.render(markdown);
            assertThat(addresses(html)).as(markdown + " → " + html).isNotEmpty().containsOnly("");
        }
        assertThat(MarkdownHtml.render("[Grafana](https://grafana.example.com) ![graph](/img/g.png) "
                + "[mail](mailto:oncall@example.com)"))
                .contains("href=\"https://grafana.example.com\"", "src=\"/img/g.png\"",
                        "href=\"mailto:oncall@example.com\"");
    }
}
