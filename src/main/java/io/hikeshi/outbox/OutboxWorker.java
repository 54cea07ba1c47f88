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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Performs outbox entries on a few workers, one lane at a time per worker: an incident's side effects in order, other
 * incidents' beside them, so one incident's hung or rate-limited call holds up only that incident. Records success,
 * a retry with backoff (or after the platform's Retry-After, up to a cap), or a permanent failure. Survives
 * restarts because all state is in the table; a dead worker's claim runs out a lease after its last heartbeat.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Map<String, OutboxTask<?>> tasks;
    private final OutboxJson json;
    private final RetryPolicy retryPolicy;
    private final ForegroundRequests foreground;
    private final ClaimHeartbeat heartbeat;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> new Thread(r,
            "outbox-worker-" + threads.incrementAndGet()));
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean stopped;

    OutboxWorker(OutboxStore store, OutboxConfig config, OutboxMetrics metrics, Instance<OutboxTask<?>> tasks,
                 ForegroundRequests foreground, OutboxJson json) {
        this.json = json;
        this.store = store;
        this.foreground = foreground;
        this.config = config;
        this.metrics = metrics;
        // Two tasks of one kind stop the start in OutboxKindsCheck; here the first one wins.
        this.tasks = tasks.stream().collect(Collectors.toMap(task -> task.kind().name(), Function.identity(),
                (first, second) -> first));
        this.retryPolicy = new RetryPolicy(config.initialBackoff(), config.maxBackoff());
        this.heartbeat = new ClaimHeartbeat(store, config);
    }

    @Scheduled(every = "${hikeshi.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEnqueued enqueued) {
        wake();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        workers.shutdown();
        heartbeat.close();
    }

    /** Whether no worker is running on this replica right now (tests wait for this before they start afresh). */
    public boolean idle() {
        return running.get() == 0;
    }

    /** Works on the caller's thread until nothing is due. Safe to call from several threads and replicas. */
    public void drain() {
        running.incrementAndGet();
        try {
            work();
        } finally {
            running.decrementAndGet();
        }
    }

    /** Starts another worker if fewer than the configured number run; the running ones look again in any case. */
    private void wake() {
        wakeRequested.set(true);
        int now;
        while (!stopped && (now = running.get()) < config.workers()) {
            if (running.compareAndSet(now, now + 1)) {
                try {
                    workers.execute(() -> {
                        try {
                            work();
                        } finally {
                            running.decrementAndGet();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    running.decrementAndGet();
                }
                return;
            }
        }
    }

    private void work() {
        try {
            do {
                wakeRequested.set(false);
                Optional<OutboxMessage> claimed;
                while (!stopped && (claimed = store.claim(heartbeat.owner(), config.lease())).isPresent()) {
                    // Another lane may be due as well: let a free worker look while this one performs.
                    wake();
                    foreground.giveWay(config.giveWayToAcks());
                    perform(claimed.get());
                }
            } while (!stopped && wakeRequested.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf("Outbox worker could not claim work (%s); will try again at the next poll",
                    LoggedFailure.describe(e));
        }
    }

    private void perform(OutboxMessage message) {
        OutboxTask<?> task = tasks.get(message.kind());
        if (task == null) {
            store.fail(message.id(), heartbeat.owner(), "no task handles kind " + message.kind(),
                    OutboxTask.Completion.NOTHING);
            LOG.errorf("Outbox entry %d has unknown kind %s; marked failed", message.id(), message.kind());
            return;
        }
        heartbeat.started(message.id());
        try {
            OutboxTask.Completion completion = performTyped(task, message);
            if (!store.complete(message.id(), completion)) {
                LOG.infof("%s #%d was finished by another worker meanwhile", message.kind(), message.id());
            }
        } catch (ChatException e) {
            handleChatFailure(task, message, e);
        } catch (RuntimeException e) {
            retryOrFail(task, message, LoggedFailure.describe(e));
        } finally {
            heartbeat.finished(message.id());
        }
    }

    private <P> OutboxTask.Completion performTyped(OutboxTask<P> task, OutboxMessage message) throws ChatException {
        return task.perform(json.read(message.payload(), task.kind().payloadType()), message);
    }

    private <P> OutboxTask.Completion givingUpTyped(OutboxTask<P> task, OutboxMessage message, String error) {
        return task.givingUp(json.read(message.payload(), task.kind().payloadType()), message, error);
    }

    private void handleChatFailure(OutboxTask<?> task, OutboxMessage message, ChatException e) {
        switch (e.kind()) {
            case RATE_LIMITED -> {
                Duration wait = RetryPolicy.rateLimitWait(e.retryAfter(), config.maxRetryAfter());
                LOG.infof("Slack rate-limited %s for %s #%d; retrying in %ds", e.operation(), message.kind(),
                        message.id(), wait.toSeconds());
                store.retryLater(message.id(), heartbeat.owner(), wait, e.getMessage(), false);
            }
            case PERMANENT -> {
                LOG.errorf("%s for incident %s failed permanently: %s %s. Fix the cause; other work goes on.",
                        message.kind(), message.incidentId(), e.operation(), e.code());
                giveUp(task, message, e.getMessage());
            }
            case TRANSIENT -> retryOrFail(task, message, e.getMessage());
        }
    }

    private void retryOrFail(OutboxTask<?> task, OutboxMessage message, String error) {
        int attempts = message.attempts() + 1;
        if (attempts >= task.maxAttempts().orElse(config.maxAttempts())) {
            LOG.errorf("%s for incident %s failed %d times and is given up: %s", message.kind(),
                    message.incidentId(), attempts, error);
            giveUp(task, message, error);
            return;
        }
        Duration delay = retryPolicy.delayAfter(attempts);
        LOG.warnf("%s for incident %s failed (attempt %d): %s; retrying in %d ms", message.kind(),
                message.incidentId(), attempts, error, delay.toMillis());
        store.retryLater(message.id(), heartbeat.owner(), delay, error, true);
    }

    private void giveUp(OutboxTask<?> task, OutboxMessage message, String error) {
        metrics.failed(message.kind());
        try {
            store.fail(message.id(), heartbeat.owner(), error, givingUpTyped(task, message, error));
        } catch (RuntimeException e) {
            // What the task does on giving up failed too: the entry is still given up, or it would loop for ever.
            LOG.errorf("%s #%d: giving up failed as well (%s)", message.kind(), message.id(),
                    e.getClass().getSimpleName());
            store.fail(message.id(), heartbeat.owner(), error, OutboxTask.Completion.NOTHING);
        }
    }
}
