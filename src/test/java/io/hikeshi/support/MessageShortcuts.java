package io.hikeshi.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Signed-payload bodies of message shortcuts (Slack's {@code message_action}), each with a trigger id of its own. */
public final class MessageShortcuts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageShortcuts() {
    }

    /**
     * The shortcut {@code callbackId} used by {@code user} on a message of {@code channel}; {@code threadTs} null for a
     * message in no thread, {@code author} null for a message an app posted.
     */
    public static String payload(String callbackId, String channel, String ts, String threadTs, String author,
                                 String text, String user, String responseUrl) {
        ObjectNode payload = JSON.createObjectNode().put("type", "message_action").put("token", "legacy")
                .put("action_ts", "1795300001.1").put("callback_id", callbackId)
                .put("trigger_id", "t-" + UUID.randomUUID()).put("response_url", responseUrl);
        payload.putObject("team").put("id", "T1").put("domain", "acme");
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", "T1");
        payload.putObject("channel").put("id", channel).put("name", "alerts");
        ObjectNode message = payload.putObject("message").put("type", "message").put("ts", ts).put("text", text);
        if (author == null) {
            message.put("bot_id", "BALERTS").put("subtype", "bot_message");
        } else {
            message.put("user", author);
        }
        if (threadTs != null) {
            message.put("thread_ts", threadTs);
        }
        return SlackRequests.interaction(payload.toString());
    }

    /** A message of a thread as conversations.replies lists it. */
    public static ObjectNode reply(String ts, String threadTs, String user, String text) {
        ObjectNode message = JSON.createObjectNode().put("type", "message").put("ts", ts).put("thread_ts", threadTs)
                .put("text", text);
        if (user == null) {
            message.put("bot_id", "BALERTS").put("subtype", "bot_message");
        } else {
            message.put("user", user);
        }
        return message;
    }

    /** A conversations.replies answer holding {@code messages}, with {@code nextCursor} when more pages follow. */
    public static String replies(String nextCursor, ObjectNode... messages) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true).put("has_more", nextCursor != null);
        var list = answer.putArray("messages");
        for (ObjectNode m : messages) {
            list.add(m);
        }
        answer.putObject("response_metadata").put("next_cursor", nextCursor == null ? "" : nextCursor);
        return answer.toString();
    }
}
