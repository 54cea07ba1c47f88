package io.hikeshi.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class ForegroundRequestsTest {

    private final ForegroundRequests foreground = new ForegroundRequests();

    @Test
    void nothingToWaitForWhenNoRequestIsBeingAnswered() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> foreground.giveWay(Duration.ofHours(1)));
    }

    @Test
    void theWorkerGoesOnWhenTheLastRequestIsAnswered() throws Exception {
        ForegroundRequests.Handle first = foreground.begin();
        ForegroundRequests.Handle second = foreground.begin();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean through = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            waiting.countDown();
            try {
                foreground.giveWay(Duration.ofHours(1));
                through.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        waiting.await();
        first.close();
        assertThat(through).as("one request is still waiting for its ack").isFalse();
        second.close();
        worker.join(Duration.ofSeconds(10).toMillis());
        assertThat(through).isTrue();
    }

    @Test
    void aLongRequestDelaysTheWorkerOnlyForThePause() {
        try (ForegroundRequests.Handle slow = foreground.begin()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> foreground.giveWay(Duration.ofMillis(20)));
        }
    }
}
