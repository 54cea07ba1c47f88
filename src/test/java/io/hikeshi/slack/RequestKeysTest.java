package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import io.hikeshi.support.SlackRequests;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How a Slack request is named for deduplication: the same request always, a different one never alike. */
@Tag("no-database")
class RequestKeysTest {

    private static final RequestHeaders NO_HEADERS = new RequestHeaders(Map.of());

    @Test
    void aCommandIsNamedByItsTriggerIdSoAReplayedBodyHasTheSameName() {
        String body = SlackRequests.slashCommand("note Rolled back", "13345224609.738474920.8088930838d8");

        assertThat(RequestKeys.of(new SlashCommandRequest(body, NO_HEADERS)))
                .contains("slack:trigger:13345224609.738474920.8088930838d8")
                .isEqualTo(RequestKeys.of(new SlashCommandRequest(body, NO_HEADERS)));
        assertThat(RequestKeys.of(new SlashCommandRequest(SlackRequests.slashCommand("note Rolled back", "other"),
                NO_HEADERS))).contains("slack:trigger:other");
    }

    @Test
    void withoutATriggerIdTheSignedBodyIsTheName() {
        String body = SlackRequests.slashCommand("note A", "").replace("&trigger_id=", "");

        assertThat(RequestKeys.of(new SlashCommandRequest(body, NO_HEADERS))).hasValueSatisfying(key ->
                assertThat(key).matches("slack:body:[0-9a-f]{64}"))
                .isEqualTo(RequestKeys.of(new SlashCommandRequest(body, NO_HEADERS)))
                .isNotEqualTo(RequestKeys.of(new SlashCommandRequest(body.replace("note+A", "note+B"), NO_HEADERS)));
    }

    @Test
    void aClickIsNamedByItsTriggerId() {
        String payload = """
                {"type":"block_actions","trigger_id":"t-click-1","user":{"id":"U1"},
                 "actions":[{"type":"button","action_id":"action_item_done","value":"1","action_ts":"1.1"}]}""";

        assertThat(RequestKeys.of(new BlockActionRequest(SlackRequests.interaction(payload), payload, NO_HEADERS)))
                .contains("slack:trigger:t-click-1");
    }

    @Test
    void anEventIsNamedByItsEventIdExceptMessagesWhichTheTranscriptStoresOnceAnyway() {
        String reaction = """
                {"type":"event_callback","event_id":"Ev0PIN1","event_time":1795300001,
                 "event":{"type":"reaction_added","user":"U1","reaction":"pushpin",
                   "item":{"type":"message","channel":"C1","ts":"1.1"}}}""";
        String message = """
                {"type":"event_callback","event_id":"Ev0MSG1","event_time":1795300001,
                 "event":{"type":"message","user":"U1","channel":"C1","ts":"1.1","text":"hi"}}""";

        assertThat(RequestKeys.of(new EventRequest(reaction, NO_HEADERS))).contains("slack:event:Ev0PIN1");
        assertThat(RequestKeys.of(new EventRequest(message, NO_HEADERS))).isEmpty();
    }
}
