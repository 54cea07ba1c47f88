package io.hikeshi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Transcript ingestion under a steady stream of message events (default 1,000/s for 60 s), a tenth of them sent
 * again with Slack's retry headers. Prints events/s, ack latency, and how many acknowledged messages were lost or
 * stored twice; asserts only the last two (must be 0). Run with {@code mvn -B verify -Pbench}; tune with
 * -Dbench.rate, -Dbench.seconds.
 */
@QuarkusTest
@Tag("benchmark")
class TranscriptIngestBenchmark extends SlackFlowTest {

    private static final int RATE = Integer.getInteger("bench.rate", 1_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final double RETRIED = 0.10;

    @TestHTTPResource("/slack/events")
    URI events;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void messageEventsAtASteadyRate() {
        declareAndWait("Ingestion benchmark");
        send(RATE, 5, "1600000000.%06d", new ArrayList<>()); // warm-up
        db.clean();
        declareAndWait("Ingestion benchmark");

        List<long[]> latencies = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        int sent = send(RATE, SECONDS, "1700000000.%06d", latencies, failures);
        double elapsed = (System.nanoTime() - start) / 1e9;

        long unique = db.count("transcript_message");
        long distinct = ((Number) db.value("select count(distinct ts) from transcript_message")).longValue();
        int originals = RATE * SECONDS;
        long lost = originals - unique;
        long[] nanos = latencies.stream().mapToLong(l -> l[0]).toArray();
        LatencyStats acks = new LatencyStats(nanos);
        System.out.printf("[bench] %d message events (%d originals + %d retries) in %.1f s: %.0f events/s, target %d/s,"
                + " %d cores%n", sent, originals, sent - originals, elapsed, sent / elapsed, RATE,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("[bench] ack latency: %s; non-200 answers: %d%n", acks.summary(), failures.get());
        System.out.printf("[bench] stored %d messages: lost %d, duplicated %d%n", unique, lost, unique - distinct);
        assertThat(failures.get()).isZero();
        assertThat(lost).isZero();
        assertThat(unique - distinct).isZero();
    }

    private int send(int rate, int seconds, String tsFormat, List<long[]> latencies) {
        return send(rate, seconds, tsFormat, latencies, new AtomicInteger());
    }

    /** Sends {@code rate} events a second, paced every millisecond; returns how many requests went out. */
    private int send(int rate, int seconds, String tsFormat, List<long[]> latencies, AtomicInteger failures) {
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long begin = System.nanoTime();
        int total = rate * seconds;
        int requests = 0;
        for (int i = 0; i < total; i++) {
            long due = begin + (long) (i * (1e9 / rate));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = SlackEvents.message("EvBENCH" + tsFormat.charAt(1) + i, FakeSlack.INCIDENT_CHANNEL,
                    "U" + (i % 20), tsFormat.formatted(i), null, "message " + i + " about the incident");
            inFlight.add(post(body, false, latencies, failures));
            requests++;
            if (ThreadLocalRandom.current().nextDouble() < RETRIED) {
                inFlight.add(post(body, true, latencies, failures));
                requests++;
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return requests;
    }

    private CompletableFuture<?> post(String body, boolean retry, List<long[]> latencies, AtomicInteger failures) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackRequests.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retry) {
            request.header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
        }
        long sent = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
            synchronized (latencies) {
                latencies.add(new long[] {System.nanoTime() - sent});
            }
            if (e != null || response.statusCode() != 200) {
                failures.incrementAndGet();
            }
        });
    }
}
