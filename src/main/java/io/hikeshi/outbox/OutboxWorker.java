package io.hikeshi.outbox;

import io.hikeshi.chat.ChatException;
import io.hikeshi.logging.LoggedFailure;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Performs outbox entries: claims due ones, runs their task, and records success, a retry with backoff (or
 * after the platform's Retry-After), or a permanent failure. Survives restarts because all state is in the table.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Map<String, OutboxTask> tasks;
    private final RetryPolicy retryPolicy;
    private final ForegroundRequests foreground;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-worker"));
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean stopped;

    OutboxWorker(OutboxStore store, OutboxConfig config, OutboxMetrics metrics, Instance<OutboxTask> tasks,
                 ForegroundRequests foreground) {
        this.store = store;
        this.foreground = foreground;
        this.config = config;
        this.metrics = metrics;
        this.tasks = tasks.stream().collect(Collectors.toMap(OutboxTask::kind, Function.identity()));
        this.retryPolicy = new RetryPolicy(config.initialBackoff(), config.maxBackoff());
    }

    @Scheduled(every = "${hikeshi.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEnqueued enqueued) {
        wakeRequested.set(true);
        if (!wakeUps.isShutdown()) {
            wakeUps.execute(this::drain);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        wakeUps.shutdown();
    }

    /** Whether no drain is running on this replica right now (tests wait for this before they start afresh). */
    public boolean idle() {
        return !draining.get();
    }

    /** Works until nothing is due. Safe to call from several threads and replicas. */
    public void drain() {
        if (stopped) {
            return;
        }
        if (!draining.compareAndSet(false, true)) {
            wakeRequested.set(true);
            return;
        }
        try {
            do {
                wakeRequested.set(false);
                List<OutboxMessage> batch;
                while (!stopped && !(batch = store.claim(config.batchSize(), config.lease())).isEmpty()) {
                    for (OutboxMessage message : batch) {
                        foreground.giveWay(config.giveWayToAcks());
                        perform(message);
                    }
                }
            } while (wakeRequested.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf("Outbox worker could not claim work (%s); will try again at the next poll",
                    LoggedFailure.describe(e));
        } finally {
            draining.set(false);
        }
    }

    private void perform(OutboxMessage message) {
        OutboxTask task = tasks.get(message.kind());
        if (task == null) {
            store.fail(message.id(), "no task handles kind " + message.kind());
            LOG.errorf("Outbox entry %d has unknown kind %s; marked failed", message.id(), message.kind());
            return;
        }
        try {
            OutboxTask.Completion completion = task.perform(message);
            store.complete(message.id(), completion);
        } catch (ChatException e) {
            handleChatFailure(message, e);
        } catch (RuntimeException e) {
            retryOrFail(message, LoggedFailure.describe(e));
        }
    }

    private void handleChatFailure(OutboxMessage message, ChatException e) {
        switch (e.kind()) {
            case RATE_LIMITED -> {
                Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
                LOG.infof("Slack rate-limited %s for %s #%d; retrying in %ds", e.operation(), message.kind(),
                        message.id(), wait.toSeconds());
                store.retryLater(message.id(), wait, e.getMessage(), false);
            }
            case PERMANENT -> {
                LOG.errorf("%s for incident %s failed permanently: %s %s. Fix the cause; other work goes on.",
                        message.kind(), message.incidentId(), e.operation(), e.code());
                metrics.failed(message.kind());
                store.fail(message.id(), e.getMessage());
            }
            case TRANSIENT -> retryOrFail(message, e.getMessage());
        }
    }

    private void retryOrFail(OutboxMessage message, String error) {
        int attempts = message.attempts() + 1;
        if (attempts >= config.maxAttempts()) {
            LOG.errorf("%s for incident %s failed %d times and is given up: %s", message.kind(),
                    message.incidentId(), attempts, error);
            metrics.failed(message.kind());
            store.fail(message.id(), error);
            return;
        }
        Duration delay = retryPolicy.delayAfter(attempts);
        LOG.warnf("%s for incident %s failed (attempt %d): %s; retrying in %d ms", message.kind(),
                message.incidentId(), attempts, error, delay.toMillis());
        store.retryLater(message.id(), delay, error, true);
    }
}
