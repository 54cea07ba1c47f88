package io.hikeshi.incident;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;
import static io.hikeshi.outbox.PayloadRoundTrip.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.StoredChatText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The incident's outbox payloads are stored as the string maps were, and entries queued as maps still run. */
@Tag("no-database")
class IncidentPayloadsTest {

    private static final ChatText TEXT = ChatText.builder().words("Paged ").user("U0CAROL").build();

    @Test
    void invitedUsersStayOneCommaJoinedString() {
        assertStoredLikeMap(IncidentTasks.INVITE, new IncidentTasks.Invite(List.of("U1", "U2")),
                Map.of("users", "U1,U2"));
        assertThat(read(IncidentTasks.INVITE, "{\"users\":[\"U1\",\"U2\"]}").users()).containsExactly("U1", "U2");
    }

    @Test
    void messagesKeepTheirStoredChatTextAndTheirChannel() {
        String chat = StoredChatText.write(TEXT);
        assertStoredLikeMap(IncidentTasks.POST_TEXT, IncidentTasks.PostText.of(TEXT, null), Map.of("chat", chat));
        assertStoredLikeMap(IncidentTasks.POST_TEXT, IncidentTasks.PostText.of(TEXT, "C9"),
                Map.of("chat", chat, "channel", "C9"));
        assertStoredLikeMap(IncidentTasks.POST_THREAD, IncidentTasks.PostThread.of(TEXT), Map.of("chat", chat));
        assertStoredLikeMap(IncidentTasks.DIRECT, IncidentTasks.Direct.of("U2", TEXT),
                Map.of("user", "U2", "chat", chat));
        assertStoredLikeMap(IncidentTasks.EPHEMERAL, IncidentTasks.Ephemeral.of("C9", "U2", TEXT),
                Map.of("channel", "C9", "user", "U2", "chat", chat));
        assertThat(read(IncidentTasks.DIRECT, "{\"user\":\"U2\",\"chat\":\"" + chat + "\"}").message())
                .isEqualTo(TEXT);
    }

    @Test
    void textQueuedBeforeChatTextExistedIsShownAsWordsOnly() {
        IncidentTasks.PostText legacy = read(IncidentTasks.POST_TEXT, "{\"text\":\"hello <@U1> {@U2}\"}");

        assertThat(legacy.message()).isEqualTo(ChatText.of("hello <@U1> {@U2}"));
        assertThat(legacy.channel()).isNull();
    }

    @Test
    void stakeholderNoticesKeepTheirLevelAndChannelOrGroups() {
        assertStoredLikeMap(IncidentTasks.NOTIFY, new IncidentTasks.Notify("sev1", "C7", null),
                Map.of("level", "sev1", "channel", "C7"));
        assertStoredLikeMap(IncidentTasks.NOTIFY, new IncidentTasks.Notify("sev1", null, List.of("S1", "S2")),
                Map.of("level", "sev1", "groups", "S1,S2"));
    }

    @Test
    void theRestKeepTheirKeysAndStringValues() {
        assertStoredLikeMap(IncidentTasks.FETCH_MESSAGE, new IncidentTasks.FetchMessage(42, "C1", "1700.0001"),
                Map.of("entry", "42", "channel", "C1", "ts", "1700.0001"));
        assertStoredLikeMap(IncidentTasks.ANNOUNCE, new IncidentTasks.Announce("CANNOUNCE"),
                Map.of("channel", "CANNOUNCE"));
        assertStoredLikeMap(IncidentTasks.PUBLISH_HOME, new IncidentTasks.Home("U3"), Map.of("user", "U3"));
    }
}
