package io.hikeshi.support;

import java.util.UUID;

/**
 * A click on a block of a message (a button, a checkbox), as Slack sends it. The envelope is the same for every
 * click; the test gives the action. By default the click is in the incident channel, on a message everyone sees.
 *
 * @param triggerId   null for a fresh trigger id per click
 * @param responseUrl where the app may answer the click
 */
public record BlockClick(String userId, String channelId, boolean ephemeral, String responseUrl, String triggerId) {

    /** A click by {@code userId} in the incident channel. */
    public static BlockClick by(String userId) {
        return new BlockClick(userId, FakeSlack.INCIDENT_CHANNEL, false, "https://hooks.slack.com/actions/T1/1/abc",
                null);
    }

    public BlockClick in(String channel) {
        return new BlockClick(userId, channel, ephemeral, responseUrl, triggerId);
    }

    /** On a message only the clicker sees. */
    public BlockClick onEphemeral(boolean onEphemeral) {
        return new BlockClick(userId, channelId, onEphemeral, responseUrl, triggerId);
    }

    public BlockClick answeredAt(String url) {
        return new BlockClick(userId, channelId, ephemeral, url, triggerId);
    }

    public BlockClick trigger(String id) {
        return new BlockClick(userId, channelId, ephemeral, responseUrl, id);
    }

    /** The payload JSON with this one action (itself JSON). */
    public String of(String action) {
        return """
                {"type":"block_actions","token":"legacy","api_app_id":"A1","trigger_id":"%s",
                 "team":{"id":"T1","domain":"acme"},"user":{"id":"%s","username":"carol","team_id":"T1"},
                 "container":{"type":"message","message_ts":"1700000000.000100","channel_id":"%s",
                              "is_ephemeral":%s},
                 "channel":{"id":"%s","name":"inc"},
                 "response_url":"%s",
                 "actions":[%s]}
                """.formatted(triggerId == null ? "t-" + UUID.randomUUID() : triggerId, userId, channelId, ephemeral,
                channelId, responseUrl, action);
    }
}
