package io.hikeshi.llm;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs a batch of model calls at most {@code hikeshi.llm.parallel-calls} at a time, across the whole app, on a
 * fixed number of threads that end with the app; the results come back in the order of the calls.
 */
@ApplicationScoped
public class LlmCallPool {

    /** One model call and what is made of its answer. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws LlmException;
    }

    private final int limit;
    private final ThreadPoolExecutor threads;

    @Inject
    LlmCallPool(LlmConfig config) {
        this(config.parallelCalls());
    }

    /** A pool of the given size; 1 (or less) makes the calls one after another on the caller's thread. */
    public LlmCallPool(int limit) {
        this.limit = Math.max(1, limit);
        AtomicInteger created = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(this.limit, this.limit, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "llm-call-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // Threads start on demand and end when idle, so an app that makes no catch-ups holds none.
        threads.allowCoreThreadTimeOut(true);
    }

    /** How many calls may wait for the model at once. */
    public int limit() {
        return limit;
    }

    /**
     * Makes every call and returns their results in the order of {@code calls}. The first failure fails the batch:
     * calls not started yet are not made, and those under way are cancelled.
     */
    public <T> List<T> all(List<? extends Call<T>> calls) throws LlmException {
        if (limit == 1 || calls.size() <= 1) {
            List<T> results = new ArrayList<>(calls.size());
            for (Call<T> call : calls) {
                results.add(call.run());
            }
            return results;
        }
        AtomicReferenceArray<T> results = new AtomicReferenceArray<>(calls.size());
        AtomicBoolean failed = new AtomicBoolean();
        CompletionService<Void> done = new ExecutorCompletionService<>(threads);
        List<Future<Void>> futures = new ArrayList<>(calls.size());
        try {
            for (int i = 0; i < calls.size(); i++) {
                int index = i;
                futures.add(done.submit(() -> {
                    // Checked again here: a call queued before another failed must not reach the model.
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        results.set(index, calls.get(index).run());
                    } catch (LlmException | RuntimeException e) {
                        // Set on this thread before it takes the next queued call, not later by the caller.
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            for (int i = 0; i < calls.size(); i++) {
                done.take().get();
            }
        } catch (ExecutionException e) {
            cancel(failed, futures);
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            cancel(failed, futures);
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.ERROR, "the model calls were interrupted");
        } catch (RejectedExecutionException e) {
            cancel(failed, futures);
            throw new LlmException(LlmException.Kind.ERROR, "the app is shutting down");
        }
        List<T> ordered = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            ordered.add(results.get(i));
        }
        return ordered;
    }

    private static void cancel(AtomicBoolean failed, List<Future<Void>> futures) {
        failed.set(true);
        // Last first: the queued calls are gone before a running one is interrupted and its thread takes the next.
        for (int i = futures.size() - 1; i >= 0; i--) {
            futures.get(i).cancel(true);
        }
    }

    private static LlmException failure(Throwable cause) {
        if (cause instanceof LlmException llm) {
            return llm;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new LlmException(LlmException.Kind.ERROR, "a model call failed (" + cause.getClass().getSimpleName()
                + ")");
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
