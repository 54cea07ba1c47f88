package io.hikeshi.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Settings for private incidents (security work). */
@ConfigMapping(prefix = "hikeshi.private")
public interface PrivateConfig {

    /**
     * Channel id where private incidents are announced (HIKESHI_PRIVATE_ANNOUNCE_CHANNEL), e.g. a private channel of
     * the security team; when unset they are announced nowhere. Never the public announcement channel.
     */
    Optional<String> announceChannel();

    /** Slack user ids who see every private incident (HIKESHI_INCIDENT_ADMINS, comma-separated). */
    Optional<List<String>> admins();

    /** Whether the LLM may read private incidents (HIKESHI_PRIVATE_LLM); off by default. */
    @WithDefault("false")
    boolean llm();
}
