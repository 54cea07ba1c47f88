package io.hikeshi.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox worker claims and retries side effects. */
@ConfigMapping(prefix = "hikeshi.outbox")
public interface OutboxConfig {

    /** How often each replica looks for due entries (work is also started right after each commit). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a claimed entry stays invisible to other replicas; a crashed claim is retried after it. */
    @WithDefault("2m")
    Duration lease();

    /** Longest pause before each entry while Slack requests wait for their ack (acks come first). */
    @WithDefault("50ms")
    Duration giveWayToAcks();

    /** Entries claimed in one go. */
    @WithDefault("10")
    int batchSize();

    /** First retry delay after a transient failure; doubled on each attempt. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Longest delay between two attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** Attempts after which a transiently failing entry is marked failed (about an hour with the defaults). */
    @WithDefault("20")
    int maxAttempts();
}
