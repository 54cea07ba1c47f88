package io.hikeshi.incident;

import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.persistence.Constraints;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Group commit for declarations. Under a burst, many declarations wait for their ack at once; writing all that are
 * waiting in one transaction pays the commit, the database's biggest cost per declaration, once per batch instead
 * of once each. Each caller still returns only after its declaration is committed. When a batch fails, typically on
 * a unique key (a repeated request, two incidents wanting one channel name), every declaration in it is written
 * again on its own, with the usual retries. A declaration that no batch has taken within the ack's time is withdrawn
 * and reported as not recorded, so the caller can say so honestly instead of waiting past Slack's deadline.
 */
@ApplicationScoped
class DeclarationBatcher {

    private static final Logger LOG = Logger.getLogger(DeclarationBatcher.class);
    private static final int MAX_BATCH = 64;
    private static final int ATTEMPTS = 3;
    private static final long PATIENCE_SECONDS = 60;
    /** Long enough for a busy batch, short enough to answer Slack within its 3 s. */
    private static final long QUEUE_PATIENCE_MILLIS = 2_000;
    private static final int MAX_WAITING = 1_000;
    // How long shutdown waits for the batch being written; a commit takes milliseconds.
    private static final long STOP_PATIENCE_SECONDS = 5;
    /** Wakes the writer at shutdown; never written. */
    private static final Pending STOP = new Pending(null, null, new CompletableFuture<>(), new AtomicBoolean());

    private final DeclarationRecorder recorder;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Thread writer = new Thread(this::writeForever, "declaration-writer");
    private volatile boolean stopped;

    DeclarationBatcher(DeclarationRecorder recorder) {
        this.recorder = recorder;
    }

    @PostConstruct
    void start() {
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Records the declaration (or finds the one this request made before) and returns once it is committed. Once
     * shutdown has begun, a declaration not yet taken by the writer is refused at once with a
     * {@link RestartingException}; one the writer took is finished first.
     */
    Declaration declare(DeclareRequest request, SeverityConfig.Level level) {
        Pending pending = new Pending(request, level, new CompletableFuture<>(), new AtomicBoolean());
        if (stopped) {
            throw new RestartingException();
        }
        if (!waiting.offer(pending)) {
            throw new IllegalStateException("too busy; declaration not recorded");
        }
        // Shutdown may have begun between the check and the offer, after the writer refused what was waiting.
        if (stopped && waiting.remove(pending)) {
            throw new RestartingException();
        }
        try {
            try {
                return pending.result().get(QUEUE_PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pending.taken().compareAndSet(false, true)) {
                    throw new IllegalStateException("no batch took the declaration in time; not recorded", e);
                }
            }
            // A batch is writing it: its outcome is the answer.
            return pending.result().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the declaration was written", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the database did not answer within " + PATIENCE_SECONDS + " s", e);
        }
    }

    /**
     * Lets the writer finish the batch it is writing (those declarations are answered as usual), then refuses what is
     * still waiting, so nobody waits for an answer that cannot come.
     */
    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        waiting.offer(STOP);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(STOP_PATIENCE_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refuseWaiting();
    }

    private void writeForever() {
        List<Pending> batch = new ArrayList<>();
        while (!stopped) {
            try {
                batch.add(waiting.take());
                waiting.drainTo(batch, MAX_BATCH - 1);
                // Withdrawn by callers that stopped waiting are not written.
                batch.removeIf(pending -> pending == STOP || !pending.taken().compareAndSet(false, true));
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                batch.forEach(pending -> pending.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        refuseWaiting();
    }

    private void refuseWaiting() {
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(pending -> pending.result().completeExceptionally(new RestartingException()));
    }

    private void write(List<Pending> batch) {
        List<Declaration> declarations;
        try {
            declarations = QuarkusTransaction.requiringNew().call(() -> batch.stream()
                    .map(pending -> recorder.recordOrRepeat(pending.request(), pending.level(), true)).toList());
        } catch (RuntimeException e) {
            // One declaration spoilt the batch; write each on its own so the others still land.
            batch.forEach(this::writeAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(declarations.get(i));
        }
    }

    private void writeAlone(Pending pending) {
        for (int attempt = 1; ; attempt++) {
            boolean firstTry = attempt == 1;
            try {
                pending.result().complete(QuarkusTransaction.requiringNew().call(
                        () -> recorder.recordOrRepeat(pending.request(), pending.level(), firstTry)));
                return;
            } catch (RuntimeException e) {
                // A concurrent copy of this request, or a concurrent incident with the same channel name (on another
                // replica, or earlier in the batch), won the race for a unique key; look again and try once more.
                if (!Constraints.isUniqueViolation(e) || attempt == ATTEMPTS) {
                    LOG.debugf("Declaration failed after %d attempts: %s", attempt, LoggedFailure.describe(e));
                    pending.result().completeExceptionally(e);
                    return;
                }
            }
        }
    }

    private record Pending(DeclareRequest request, SeverityConfig.Level level, CompletableFuture<Declaration> result,
                           AtomicBoolean taken) {
    }
}
