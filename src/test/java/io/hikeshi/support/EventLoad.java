package io.hikeshi.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends signed message events to the incident channel without waiting for each answer, the way Slack delivers a busy
 * channel, a share of them again with Slack's retry headers, and records every answer. The client keeps at most
 * {@code maxInFlight} requests open (Slack's own concurrency is finite too), and every request has a time limit, so a
 * run always ends.
 */
public final class EventLoad {

    /** The answer to one request: status 0 when no answer came, and then why (refused connection, time limit). */
    public record Answer(String ts, boolean retry, int status, long nanos, String failure) {
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final Semaphore slots;
    private final Map<CompletableFuture<Void>, Boolean> open = new ConcurrentHashMap<>();
    private final List<Answer> answers = new ArrayList<>();

    public EventLoad(URI events, int maxInFlight) {
        this.events = events;
        this.slots = new Semaphore(maxInFlight);
    }

    /**
     * Offers {@code rate} new messages a second for {@code duration} (message i has ts {@code tsFormat} of i), and
     * sends {@code retried} of them a second time with retry headers. Returns how many new messages were offered.
     */
    public int offer(int rate, Duration duration, String tsFormat, double retried) {
        long begin = System.nanoTime();
        long total = rate * duration.toMillis() / 1000;
        int i = 0;
        for (; i < total; i++) {
            long wait = begin + (long) (i * (1e9 / rate)) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String ts = tsFormat.formatted(i);
            send(ts, false);
            if (ThreadLocalRandom.current().nextDouble() < retried) {
                send(ts, true);
            }
        }
        return i;
    }

    /**
     * Sends new messages back to back for {@code duration}, never more than {@code maxInFlight} unanswered: the
     * closed loop that shows what the app sustains. Returns how many were sent.
     */
    public int saturate(Duration duration, String tsFormat) {
        long end = System.nanoTime() + duration.toNanos();
        int i = 0;
        for (; System.nanoTime() < end; i++) {
            send(tsFormat.formatted(i), false);
        }
        return i;
    }

    /** Sends the message with this ts, waiting first while {@code maxInFlight} requests are open. */
    public void send(String ts, boolean retry) {
        String body = SlackEvents.message("Ev" + ts.replace(".", ""), FakeSlack.INCIDENT_CHANNEL, "U" + (ts.hashCode() & 15),
                ts, null, "message " + ts + " about the incident");
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(events).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackRequests.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retry) {
            request.header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
        }
        slots.acquireUninterruptibly();
        long sent = System.nanoTime();
        CompletableFuture<Void> recorded = http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> new Answer(ts, retry, failure == null ? response.statusCode() : 0,
                        System.nanoTime() - sent, failure == null ? null : rootCause(failure)))
                .thenAccept(answer -> {
                    synchronized (answers) {
                        answers.add(answer);
                    }
                    slots.release();
                });
        open.put(recorded, Boolean.TRUE);
        recorded.whenComplete((done, failure) -> open.remove(recorded));
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    /** Waits for the answers still open, at most {@code atMost}, and returns every answer received. */
    public List<Answer> answers(Duration atMost) {
        try {
            CompletableFuture.allOf(open.keySet().toArray(CompletableFuture[]::new))
                    .get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // Report what came back; requests have their own time limit.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }
}
