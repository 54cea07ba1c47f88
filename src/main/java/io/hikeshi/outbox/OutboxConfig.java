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

    /** Side effects performed at once on each replica, each in its own lane (an incident's, or a catch-up's). */
    @WithDefault("8")
    int workers();

    /**
     * How long a claim outlives its worker's last sign of life: a live worker renews it every third of this while
     * the call is in flight, so a replica that died mid-call has its entry taken over this long after.
     */
    @WithDefault("10s")
    Duration lease();

    /** Longest pause before each entry while Slack requests wait for their ack (acks come first). */
    @WithDefault("50ms")
    Duration giveWayToAcks();

    /** First retry delay after a transient failure; doubled on each attempt. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Longest delay between two attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** Attempts after which a transiently failing entry is marked failed (about an hour with the defaults). */
    @WithDefault("20")
    int maxAttempts();

    /** Longest wait honoured from Slack's Retry-After (a rate limit without one waits this long too, or 30 s if less). */
    @WithDefault("60s")
    Duration maxRetryAfter();
}
