package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeLlm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A catch-up that fails with an error that is not the model's (the database failing) is retried, and when it keeps
 * failing the asker is told so, with a button to try again, instead of waiting on "working on it" for ever.
 */
@QuarkusTest
@TestProfile(CatchUpFailureTest.QuickRetries.class)
class CatchUpFailureTest extends CatchUpFlowTest {

    /** Retries a few milliseconds apart, so giving up takes a second rather than half a minute. */
    public static class QuickRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.outbox.initial-backoff", "20ms", "hikeshi.outbox.max-backoff", "200ms");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void aCatchUpThatKeepsFailingEndsWithANoticeAndARetryButton() {
        say("1700000001.000100", "Checkout returns 500s");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("transcript_message") == 1);
        // The transcript cannot be read: every attempt fails with a database error.
        sql("alter table transcript_message rename to transcript_message_away");
        try {
            summary("").statusCode(200);

            String answer = privateAnswers(1).get(0);
            assertThat(answer).contains("No catch-up this time").contains("could not be made after several tries")
                    .contains("catch_up_retry").contains("replace_original").doesNotContain("AI-generated");
            assertThat(db.count("outbox_entry where kind = 'make_catch_up' and state = 'FAILED' and attempts = "
                    + CatchUpTask.MAX_ATTEMPTS)).isEqualTo(1);
            assertThat(FakeLlm.calls()).isEmpty();
        } finally {
            sql("alter table transcript_message_away rename to transcript_message");
        }
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
