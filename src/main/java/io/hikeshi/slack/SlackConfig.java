package io.hikeshi.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How hikeshi connects to Slack. Tokens and secrets come only from the environment. */
@ConfigMapping(prefix = "hikeshi.slack")
public interface SlackConfig {

    /** Bot token, xoxb-… (SLACK_BOT_TOKEN). */
    Optional<String> botToken();

    /** Verifies that HTTP requests come from Slack (SLACK_SIGNING_SECRET). */
    Optional<String> signingSecret();

    /** App-level token, xapp-…; when set, hikeshi connects by Socket Mode (SLACK_APP_TOKEN). */
    Optional<String> appToken();

    /** Web API base URL (SLACK_API_URL), for proxies and tests. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** The slash command, as configured in the Slack app. */
    @WithDefault("/incident")
    String command();

    /** Largest clock difference accepted between Slack's request timestamp and ours, in seconds. */
    @WithDefault("300")
    long maxClockSkewSeconds();

    default boolean socketMode() {
        return appToken().isPresent() && botToken().isPresent();
    }

    default boolean httpMode() {
        return signingSecret().isPresent() && botToken().isPresent();
    }
}
