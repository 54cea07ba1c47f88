package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeLlm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The configured LLM timeout bounds the whole wait for the model, retries included, and the fallback's label says
 * what happened. (Before, the client library retried a timed-out call on its own: twice the wait, same label.)
 */
@QuarkusTest
@TestProfile(LlmDeadlineTest.RetriesAllowed.class)
class LlmDeadlineTest extends CatchUpFlowTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Duration HANG = Duration.ofSeconds(20);

    /** A 5 s limit with two retries allowed: they may only use what is left of the 5 s. */
    public static class RetriesAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.llm.timeout", "5s", "hikeshi.llm.max-retries", "2");
        }
    }

    @Test
    void aHangingModelGivesTheFallbackWithinTheLimit() {
        say("1700000001.000100", "Checkout returns 500s");
        FakeLlm.answer(call -> new FakeLlm.Reply(200, FakeLlm.completion("{}"), HANG));

        long start = System.nanoTime();
        summary("").statusCode(200);
        String answer = privateAnswers(1).get(0);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer).contains("Automatic catch-up, not AI").contains("did not answer within 5 s")
                .doesNotContain("attempts");
        assertThat(elapsed).as("time until the fallback").isLessThan(LIMIT.multipliedBy(2));
        assertThat(FakeLlm.calls()).hasSize(1);
    }

    @Test
    void aRetryAfterAServerErrorUsesOnlyWhatIsLeftOfTheLimit() {
        say("1700000001.000100", "Checkout returns 500s");
        AtomicInteger calls = new AtomicInteger();
        FakeLlm.answer(call -> calls.incrementAndGet() == 1 ? FakeLlm.Reply.status(503)
                : new FakeLlm.Reply(200, FakeLlm.completion("{}"), HANG));

        long start = System.nanoTime();
        summary("").statusCode(200);
        String answer = privateAnswers(1).get(0);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer).contains("did not answer within 5 s (2 attempts)");
        assertThat(elapsed).as("time until the fallback").isLessThan(LIMIT.multipliedBy(2));
        assertThat(FakeLlm.calls()).hasSize(2);
    }

    @Test
    void aServerErrorIsRetriedWithinTheLimit() {
        say("1700000001.000100", "Checkout returns 500s");
        AtomicInteger calls = new AtomicInteger();
        FakeLlm.answer(call -> calls.incrementAndGet() == 1 ? FakeLlm.Reply.status(503)
                : FakeLlm.digestOfWhatWasGiven(call));

        summary("").statusCode(200);

        assertThat(privateAnswers(1).get(0)).contains("AI-generated");
        assertThat(FakeLlm.calls()).hasSize(2);
    }
}
