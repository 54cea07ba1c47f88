package io.hikeshi.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter, capped. */
final class RetryPolicy {

    private final Duration initial;
    private final Duration max;

    RetryPolicy(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** Delay before attempt {@code attempt + 1}, given that {@code attempt} attempts (1-based) have failed. */
    Duration delayAfter(int attempt) {
        int exponent = Math.min(Math.max(attempt - 1, 0), 20);
        long millis = Math.min(initial.toMillis() << exponent, max.toMillis());
        // Up to 20% jitter, so replicas and incidents retrying together spread out.
        long jitter = (long) (millis * 0.2 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.min(millis + jitter, max.toMillis()));
    }

    /** How long to wait after a rate limit: the platform's Retry-After (30 s without one), never more than {@code cap}. */
    static Duration rateLimitWait(Optional<Duration> retryAfter, Duration cap) {
        Duration asked = retryAfter.filter(d -> !d.isNegative()).orElse(Duration.ofSeconds(30));
        return asked.compareTo(cap) > 0 ? cap : asked;
    }
}
