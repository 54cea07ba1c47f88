package io.hikeshi.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.HostileText;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Received markup is read once, into typed pieces that give back exactly what was received. */
@Tag("no-database")
class ReceivedTextTest {

    static List<String> corpus() {
        return HostileText.CORPUS;
    }

    @Test
    void eachKindOfMarkupIsItsOwnPiece() {
        List<ReceivedText.Piece> pieces = ReceivedText.pieces(
                "Ask <@U1|ann> in <#C2|ops>, <!here> <!subteam^S3|@sre> see <https://x.example|docs> &amp; <b");

        assertThat(pieces).containsExactly(
                new ReceivedText.Words("Ask "), new ReceivedText.User("<@U1|ann>", "U1", "ann"),
                new ReceivedText.Words(" in "), new ReceivedText.Channel("<#C2|ops>", "C2", "ops"),
                new ReceivedText.Words(", "), new ReceivedText.Special("<!here>", "here", null),
                new ReceivedText.Words(" "), new ReceivedText.Special("<!subteam^S3|@sre>", "subteam^S3", "@sre"),
                new ReceivedText.Words(" see "), new ReceivedText.Link("<https://x.example|docs>", "https://x.example",
                        "docs"),
                new ReceivedText.Words(" &amp; <b"));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void thePiecesGiveBackExactlyWhatWasReceived(String hostile) {
        StringBuilder back = new StringBuilder();
        ReceivedText.pieces(hostile).forEach(piece -> back.append(piece.raw()));

        assertThat(back.toString()).isEqualTo(hostile);
    }

    @Test
    void aWordIsAMentionOnlyWhenItIsExactlyOne() {
        assertThat(ReceivedText.mention(" <@U0CAROL|carol> ")).contains(new ReceivedText.User("<@U0CAROL|carol>",
                "U0CAROL", "carol"));
        assertThat(ReceivedText.mention("<@U0CAROL>").map(ReceivedText.User::label)).isEmpty();
        assertThat(ReceivedText.mention("<@U0CAROL>")).isPresent();
        assertThat(ReceivedText.mention("<@U0CAROL> and more")).isEmpty();
        assertThat(ReceivedText.mention("<#C1>")).isEmpty();
        assertThat(ReceivedText.mention("{@U0CEO}")).isEmpty();
    }

    @Test
    void escapesAreUndoneOnce() {
        assertThat(ReceivedText.unescape("&lt;!channel&gt; &amp;lt;")).isEqualTo("<!channel> &lt;");
    }
}
