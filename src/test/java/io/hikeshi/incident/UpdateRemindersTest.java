package io.hikeshi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Overdue-update reminders, driven by a clock the test moves forward. */
@QuarkusTest
class UpdateRemindersTest extends SlackFlowTest {

    @Inject
    UpdateReminders reminders;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aSev2WithoutUpdatesIsRemindedOncePerPeriod() throws Exception {
        declareAndWait("Checkout API returning 500s --sev 2");
        assertThat(reminders.check()).isZero();

        TestClock.advance(Duration.ofMinutes(31));
        assertThat(checkConcurrently()).as("two replicas checking at once").isEqualTo(1);
        assertThat(reminders.check()).as("same period again").isZero();

        TestClock.advance(Duration.ofMinutes(30));
        assertThat(reminders.check()).as("next period").isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> reminderTexts().size() == 2);
        assertThat(reminderTexts()).first().satisfies(text -> assertThat(text)
                .contains("<@UDECLARER>, there has been no update for 31m").contains("every 30m")
                .contains("/incident update"));
    }

    @Test
    void anUpdateResetsTheCadenceAndResolvedOrSev4IncidentsAreNeverReminded() {
        declareAndWait("Search is slow --sev 2");
        TestClock.advance(Duration.ofMinutes(20));
        inIncidentChannel("update Reindexing, ETA 30 minutes").statusCode(200);
        TestClock.advance(Duration.ofMinutes(20));
        assertThat(reminders.check()).as("20 minutes after the update").isZero();

        inIncidentChannel("resolve").statusCode(200);
        TestClock.advance(Duration.ofHours(5));
        assertThat(reminders.check()).isZero();

        inIncidentChannel("reopen").statusCode(200);
        inIncidentChannel("severity 4").statusCode(200);
        TestClock.advance(Duration.ofHours(5));
        assertThat(reminders.check()).as("SEV4 has no cadence").isZero();
        assertThat(db.count("update_reminder")).isZero();
    }

    private int checkConcurrently() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = reminders::check;
            int total = 0;
            for (Future<Integer> result : replicas.invokeAll(List.of(check, check))) {
                total += result.get();
            }
            return total;
        } finally {
            replicas.shutdown();
        }
    }

    private List<String> reminderTexts() {
        return slack.forms("chat.postMessage").stream().map(f -> FakeSlack.text(f.get("blocks")))
                .filter(text -> text.contains("no update for")).toList();
    }
}
