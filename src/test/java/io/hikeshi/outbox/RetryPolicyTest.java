package io.hikeshi.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class RetryPolicyTest {

    private static final Duration CAP = Duration.ofSeconds(60);

    @Test
    void retryAfterIsHonouredUpToTheCap() {
        assertThat(RetryPolicy.rateLimitWait(Optional.of(Duration.ofSeconds(2)), CAP)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryPolicy.rateLimitWait(Optional.of(Duration.ofHours(1)), CAP)).isEqualTo(CAP);
    }

    @Test
    void aRateLimitWithoutRetryAfterWaitsThirtySecondsOrTheCapIfLess() {
        assertThat(RetryPolicy.rateLimitWait(Optional.empty(), CAP)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.rateLimitWait(Optional.empty(), Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aNegativeRetryAfterIsIgnored() {
        assertThat(RetryPolicy.rateLimitWait(Optional.of(Duration.ofSeconds(-5)), CAP))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void backoffDoublesAndStaysUnderItsCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(policy.delayAfter(1)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1200));
        assertThat(policy.delayAfter(3)).isBetween(Duration.ofSeconds(4), Duration.ofMillis(4800));
        assertThat(policy.delayAfter(30)).isEqualTo(Duration.ofSeconds(10));
    }
}
