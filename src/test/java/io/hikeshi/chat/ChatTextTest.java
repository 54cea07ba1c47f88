package io.hikeshi.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hikeshi.support.HostileText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/** The chat-text model: words stay words through storage, only code makes mentions, hidden characters go. */
@Tag("no-database")
class ChatTextTest {

    static List<String> corpus() {
        return HostileText.CORPUS;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void hostileWordsStayOneWordsSegmentThroughStorage(String hostile) {
        ChatText text = ChatText.of(hostile);

        ChatText stored = StoredChatText.read(StoredChatText.write(text));

        assertThat(stored).isEqualTo(text);
        assertThat(stored.segments()).hasSize(1).allMatch(ChatText.Words.class::isInstance);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void wordsAroundMentionsCannotPoseAsSegments(String hostile) {
        ChatText text = ChatText.builder().words(hostile).user("U0REAL").words("w5:U0CEO" + hostile)
                .group("S0ONCALL").channel("C0INC").command("update " + hostile).build();

        ChatText stored = StoredChatText.read(StoredChatText.write(text));

        assertThat(stored).isEqualTo(text);
        assertThat(stored.segments()).filteredOn(ChatText.User.class::isInstance)
                .containsExactly(new ChatText.User("U0REAL"));
        assertThat(stored.segments()).filteredOn(ChatText.Group.class::isInstance)
                .containsExactly(new ChatText.Group("S0ONCALL"));
    }

    @Test
    void placeholdersInWordsAreWordsInPlainText() {
        ChatText text = ChatText.builder().words("{@U0CEO} {^S0ALLENG} owner ").user("U0BOB").build();

        assertThat(text.plain()).isEqualTo("{@U0CEO} {^S0ALLENG} owner @U0BOB");
        assertThat(text.plain(id -> id.equals("U0BOB") ? "bob" : "?")).isEqualTo("{@U0CEO} {^S0ALLENG} owner @bob");
    }

    @Test
    void hiddenCharactersAreDroppedFromWords() {
        ChatText text = ChatText.builder().words("a\u202Eb\u200Bc\u2066d\uFEFFe\uDB40\uDC41f\u200Dg")
                .strong("x\u202Ay").code("p\u2060q").build();

        assertThat(text.plain()).isEqualTo("abcdefgxypq");
    }

    @Test
    void idsMustLookLikeIds() {
        assertThatThrownBy(() -> ChatText.builder().user("U0CEO> <!channel")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatText.builder().group("S1|x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatText.builder().channel("<#C1>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredChatText.read("u9:U1><!here")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedTextThatWasNotWrittenByUsIsRefused() {
        assertThatThrownBy(() -> StoredChatText.read("<!channel>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredChatText.read("w99:short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredChatText.read("x1:a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void truncateCutsWordsNeverMentionsAndKeepsSurrogatePairs() {
        ChatText text = ChatText.builder().user("U0BOB").words(" said " + "🔥".repeat(100)).build();

        ChatText cut = text.truncate(40);

        assertThat(cut.segments().get(0)).isEqualTo(new ChatText.User("U0BOB"));
        assertThat(cut.plain()).endsWith("…").doesNotContain("\uFFFD");
        assertThat(cut.plain().codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
        assertThat(ChatText.of("short").truncate(40)).isEqualTo(ChatText.of("short"));
    }

    @Test
    void tenThousandCharactersTruncateToTheLimit() {
        ChatText cut = ChatText.of("x".repeat(10_000)).truncate(3000);

        assertThat(cut.plain()).hasSize(3000).endsWith("x…");
    }
}
