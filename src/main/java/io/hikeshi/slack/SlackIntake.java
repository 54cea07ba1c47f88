package io.hikeshi.slack;

import com.slack.api.bolt.response.Response;
import io.hikeshi.outbox.ForegroundRequests;
import io.hikeshi.transcript.Transcript;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Where verified Slack requests wait for a thread. People's requests (commands, forms, clicks) run on the worker
 * pool, a bounded number at once; events (messages, reactions) go through a small pool with a bounded queue of their
 * own, and are turned away with a fast 503, which Slack retries later, while the backlog is more than can be stored
 * within Slack's window, and give way for a moment while a command is being answered. A flood of channel messages
 * therefore does not delay commands, and nothing waits unbounded.
 */
@ApplicationScoped
class SlackIntake {

    private static final Logger LOG = Logger.getLogger(SlackIntake.class);

    private static final Duration GIVE_WAY = Duration.ofMillis(20);

    private final IntakeConfig config;
    private final Transcript transcript;
    private final ManagedExecutor workers;
    private final Semaphore people;
    private final ThreadPoolExecutor events;
    private final ForegroundRequests foreground;
    private final Counter shed;
    private final Counter refused;

    SlackIntake(IntakeConfig config, Transcript transcript, ManagedExecutor workers, ForegroundRequests foreground,
                MeterRegistry registry) {
        this.config = config;
        this.foreground = foreground;
        this.transcript = transcript;
        this.workers = workers;
        this.people = new Semaphore(config.requestsInFlight());
        AtomicInteger threads = new AtomicInteger();
        this.events = new ThreadPoolExecutor(config.eventThreads(), config.eventThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.eventQueue()), task -> {
                    Thread thread = new Thread(task, "slack-events-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.shed = Counter.builder("hikeshi.slack.events.shed")
                .description("Slack events answered 503 because the backlog was full; Slack sends them again")
                .register(registry);
        this.refused = Counter.builder("hikeshi.slack.requests.refused")
                .description("Slack commands, forms and clicks answered 503 because too many were in flight")
                .register(registry);
        Gauge.builder("hikeshi.slack.events.waiting", events, e -> e.getQueue().size())
                .description("Slack events waiting for a thread").register(registry);
    }

    /** Runs a person's request on a worker thread, or answers 503 at once when too many are in flight. */
    CompletionStage<Response> person(Supplier<CompletionStage<Response>> work) {
        if (!people.tryAcquire()) {
            refused.increment();
            LOG.debugf("Turned a Slack request away: %d already in flight", config.requestsInFlight());
            return CompletableFuture.completedFuture(busy());
        }
        CompletableFuture<Response> answer = new CompletableFuture<>();
        answer.whenComplete((response, failure) -> people.release());
        try {
            workers.execute(() -> relay(work, answer));
        } catch (RejectedExecutionException e) {
            answer.complete(busy());
        }
        return answer;
    }

    /** Runs an event's handler on the event pool, or answers 503 at once when the backlog is full. */
    CompletionStage<Response> event(Supplier<CompletionStage<Response>> work) {
        long arrived = System.nanoTime();
        if (transcript.backlogAge().compareTo(config.eventBacklog()) > 0) {
            return turnedAway();
        }
        CompletableFuture<Response> answer = new CompletableFuture<>();
        try {
            events.execute(() -> {
                // Waited for a thread past the point where storing it could still be acknowledged in time.
                if (System.nanoTime() - arrived > config.eventBacklog().toNanos()) {
                    shed.increment();
                    answer.complete(busy());
                    return;
                }
                giveWayToPeople();
                relay(work, answer);
            });
        } catch (RejectedExecutionException e) {
            return turnedAway();
        }
        long left = config.eventDeadline().toNanos() - (System.nanoTime() - arrived);
        return answer.completeOnTimeout(busy(), Math.max(0, left), TimeUnit.NANOSECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        events.shutdownNow();
    }

    /** Commands first: an event waits a moment while someone's command is being answered. */
    private void giveWayToPeople() {
        try {
            foreground.giveWay(GIVE_WAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletionStage<Response> turnedAway() {
        shed.increment();
        return CompletableFuture.completedFuture(busy());
    }

    private static void relay(Supplier<CompletionStage<Response>> work, CompletableFuture<Response> answer) {
        try {
            work.get().whenComplete((response, failure) -> {
                if (failure == null) {
                    answer.complete(response);
                } else {
                    answer.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    /** Not acknowledged: Slack sends an event again later; a person sees that Slack could not reach the app. */
    static Response busy() {
        return Response.builder().statusCode(503).contentType("text/plain").body("busy, try again").build();
    }
}
