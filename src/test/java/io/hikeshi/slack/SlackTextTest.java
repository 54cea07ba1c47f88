package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.chat.ChatText;
import io.hikeshi.support.HostileText;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Chat text as Slack mrkdwn: hostile words come out as words; only typed segments mention, link or format. */
@Tag("no-database")
class SlackTextTest {

    static List<String> corpus() {
        return HostileText.CORPUS;
    }

    /** What Slack receives for what someone typed (slash command text arrives escaped; it is stored unescaped). */
    private static String typed(String asSlackSendsIt) {
        return Mrkdwn.unescape(asSlackSendsIt);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void hostileWordsAreNeverLiveInMrkdwnPlainTextOrTopics(String hostile) {
        String words = typed(hostile);

        assertThat(HostileText.liveIn(SlackText.mrkdwn(ChatText.of(words), "/incident"))).isEmpty();
        assertThat(HostileText.liveIn(Mrkdwn.escape(words))).isEmpty();
        assertThat(HostileText.liveIn(Mrkdwn.escape(words, 3000))).isEmpty();
        assertThat(HostileText.liveIn(Mrkdwn.plain(words, 150))).isEmpty();
        assertThat(HostileText.liveIn(SlackText.mrkdwn(ChatText.builder().strong(words).code(words)
                .command(words).build(), "/incident"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void limitsHoldAfterEscapingAndNoEntityIsCutInHalf(String hostile) {
        String words = typed(hostile).repeat(3);

        String mrkdwn = SlackText.mrkdwn(ChatText.of(words), "/incident", 3000);
        String plain = Mrkdwn.plain(words, 150);

        assertThat(mrkdwn.length()).isLessThanOrEqualTo(3000);
        assertThat(plain.length()).isLessThanOrEqualTo(150);
        assertThat(mrkdwn.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&l", "&g", "&a", "<", ">");
    }

    @Test
    void intendedMentionsAreLive() {
        ChatText text = ChatText.builder().group("S0ONCALL").words(" stakeholders, ").user("U0CMD")
                .words(" leads; join ").channel("C0INC").words(", type ").command("update <text>").build();

        assertThat(SlackText.mrkdwn(text, "/incident")).isEqualTo("<!subteam^S0ONCALL> stakeholders, <@U0CMD> leads;"
                + " join <#C0INC>, type `/incident update &lt;text&gt;`");
    }

    @Test
    void alreadyEscapedTextShowsAsTyped() {
        assertThat(Mrkdwn.escape("&lt;!channel&gt; & <b>")).isEqualTo("&amp;lt;!channel&amp;gt; &amp; &lt;b&gt;");
    }

    @Test
    void formattingCharactersDoNotFormat() {
        String mrkdwn = SlackText.mrkdwn(ChatText.of("*bold* _italic_ ~strike~ `code` ```block```"), "/incident");

        assertThat(mrkdwn).doesNotContain("*", "_", "~", "`");
        assertThat(mrkdwn).isEqualTo("∗bold∗ ＿italic＿ ∼strike∼ ˋcodeˋ ˋˋˋblockˋˋˋ");
    }

    @Test
    void markersInsideWordsStaySoLinksAndNamesWork() {
        assertThat(Mrkdwn.escape("see https://grafana.example/d/api_latency?x=a~b and snake_case_name, 2*3"))
                .isEqualTo("see https://grafana.example/d/api_latency?x=a~b and snake_case_name, 2*3");
    }

    @Test
    void emphasisTheBotMeansIsBoldButItsWordsCannotBreakOut() {
        assertThat(SlackText.mrkdwn(ChatText.builder().strong("Update").words(" — *x*").build(), "/incident"))
                .isEqualTo("*Update* — ∗x∗");
        assertThat(SlackText.mrkdwn(ChatText.builder().strong("a* <!here> *b").build(), "/incident"))
                .isEqualTo("*a∗ &lt;!here&gt; ∗b*");
    }

    @Test
    void hiddenCharactersAreDroppedEverywhere() {
        String hidden = "da\u200Btabase \u202Edown\u202C\uDB40\uDC41";

        assertThat(Mrkdwn.escape(hidden)).isEqualTo("database down");
        assertThat(Mrkdwn.plain(hidden, 150)).isEqualTo("database down");
        assertThat(Mrkdwn.escapeControl(hidden)).isEqualTo("database down");
    }
}
