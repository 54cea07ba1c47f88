package io.hikeshi.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Events API payloads (event_callback) for message events, as Slack sends them. */
public final class SlackEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackEvents() {
    }

    /** A message posted by a person; {@code threadTs} null for a top-level message. */
    public static String message(String eventId, String channel, String user, String ts, String threadTs, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("channel", channel).put("user", user)
                .put("text", text).put("ts", ts).put("event_ts", ts).put("channel_type", "channel");
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return callback(eventId, event);
    }

    public static String botMessage(String eventId, String channel, String ts, String text) {
        return callback(eventId, JSON.createObjectNode().put("type", "message").put("subtype", "bot_message")
                .put("channel", channel).put("bot_id", "BBOT").put("text", text).put("ts", ts).put("event_ts", ts));
    }

    public static String joined(String eventId, String channel, String user, String ts) {
        return callback(eventId, JSON.createObjectNode().put("type", "message").put("subtype", "channel_join")
                .put("channel", channel).put("user", user).put("text", "<@" + user + "> has joined the channel")
                .put("ts", ts).put("event_ts", ts));
    }

    public static String edited(String eventId, String channel, String user, String ts, String text, String editedTs) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("subtype", "message_changed")
                .put("channel", channel).put("ts", editedTs).put("event_ts", editedTs).put("hidden", true);
        ObjectNode message = event.putObject("message").put("type", "message").put("user", user).put("text", text)
                .put("ts", ts);
        message.putObject("edited").put("user", user).put("ts", editedTs);
        event.putObject("previous_message").put("type", "message").put("user", user).put("text", "before")
                .put("ts", ts);
        return callback(eventId, event);
    }

    public static String deleted(String eventId, String channel, String ts, String deletedAt) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("subtype", "message_deleted")
                .put("channel", channel).put("deleted_ts", ts).put("ts", deletedAt).put("event_ts", deletedAt)
                .put("hidden", true);
        event.putObject("previous_message").put("type", "message").put("user", "U1").put("text", "gone").put("ts", ts);
        return callback(eventId, event);
    }

    public static String memberJoined(String eventId, String channel, String user) {
        return callback(eventId, JSON.createObjectNode().put("type", "member_joined_channel").put("user", user)
                .put("channel", channel).put("channel_type", "C").put("team", "T1").put("event_ts", "1.0"));
    }

    /** Someone left a channel (or was removed from it); the bot itself when {@code user} is the bot's id. */
    public static String memberLeft(String eventId, String channel, String user) {
        return callback(eventId, JSON.createObjectNode().put("type", "member_left_channel").put("user", user)
                .put("channel", channel).put("channel_type", "G").put("team", "T1").put("event_ts", "1.0"));
    }

    /** The bot left, or was removed from, a private channel. */
    public static String groupLeft(String eventId, String channel) {
        return callback(eventId, JSON.createObjectNode().put("type", "group_left").put("channel", channel)
                .put("actor_id", "U0ACTOR").put("event_ts", "1.0"));
    }

    /** Someone opened the app's home tab. */
    public static String homeOpened(String eventId, String user) {
        return callback(eventId, JSON.createObjectNode().put("type", "app_home_opened").put("user", user)
                .put("channel", "DHOME").put("tab", "home").put("event_ts", "1.2"));
    }

    private static String callback(String eventId, ObjectNode event) {
        ObjectNode root = JSON.createObjectNode().put("token", "legacy").put("team_id", "T1").put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", eventId)
                .put("event_time", Instant.now().getEpochSecond());
        root.set("event", event);
        root.putArray("authorizations").addObject().put("team_id", "T1").put("user_id", FakeSlack.BOT_USER)
                .put("is_bot", true);
        return root.toString();
    }
}
