package io.hikeshi.bench;

import io.hikeshi.support.SlackRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/** Fires signed {@code /incident declare} commands at the app, a bounded number in flight, and times each ack. */
final class DeclareLoad {

    /** What came back; index i is the i-th request. */
    record Result(long[] latencyNanos, int[] statuses, String[] bodies, Duration elapsed) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI events;

    DeclareLoad(URI events) {
        this.events = events;
    }

    /** Sends {@code requests} declarations, never more than {@code inFlight} at once, and waits for every ack. */
    Result fire(int requests, int inFlight, IntFunction<String> declareArguments) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        long[] latency = new long[requests];
        int[] status = new int[requests];
        String[] body = new String[requests];
        CompletableFuture<?>[] acks = new CompletableFuture<?>[requests];
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            HttpRequest request = signed(SlackRequests.slashCommand("declare " + declareArguments.apply(i)));
            slots.acquire();
            int n = i;
            long sent = System.nanoTime();
            acks[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latency[n] = System.nanoTime() - sent;
                status[n] = error == null ? response.statusCode() : -1;
                body[n] = error == null ? response.body() : error.toString();
                slots.release();
            });
        }
        // Completing every stage publishes the arrays to this thread; each request has a time limit, so this ends.
        CompletableFuture.allOf(acks).exceptionally(error -> null).join();
        return new Result(latency, status, body, Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpRequest signed(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackRequests.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
