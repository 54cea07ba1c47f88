package io.hikeshi.support;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Someone using the app while it is under load: at a steady pace, types {@code /incident} or {@code /incident note …}
 * in the incident channel, and asks the health check, on connections of its own; records each answer and how long it
 * took, for the load's duration.
 */
public final class PersonProbe implements AutoCloseable {

    /** One answer: status 0 when none came. */
    public record Timed(int status, long nanos) {
    }

    private final int port;
    private final HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService person = Executors.newSingleThreadScheduledExecutor();
    private final List<Timed> commands = new CopyOnWriteArrayList<>();
    private final List<Timed> checks = new CopyOnWriteArrayList<>();
    private final AtomicInteger typed = new AtomicInteger();

    public PersonProbe(int port, Duration every) {
        this.port = port;
        person.scheduleWithFixedDelay(this::useTheApp, 100, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<Timed> commands() {
        return List.copyOf(commands);
    }

    public List<Timed> healthChecks() {
        return List.copyOf(checks);
    }

    /** Stops after the request in progress, waiting for it at most 30 s. */
    @Override
    public void close() throws InterruptedException {
        person.shutdown();
        if (!person.awaitTermination(30, TimeUnit.SECONDS)) {
            person.shutdownNow();
        }
    }

    private void useTheApp() {
        int n = typed.incrementAndGet();
        String text = n % 2 == 0 ? "note load check " + n : "";
        String body = SlackRequests.slashCommand(text, "trigger-" + UUID.randomUUID(), FakeSlack.INCIDENT_CHANNEL);
        long start = System.nanoTime();
        int status;
        try {
            status = SlackRequests.send(port, body, ContentType.URLENC, Map.of()).statusCode();
        } catch (RuntimeException e) {
            status = 0;
        }
        commands.add(new Timed(status, System.nanoTime() - start));
        checks.add(healthCheck());
    }

    private Timed healthCheck() {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = health.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/q/health/live")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Timed(response.statusCode(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Timed(0, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Timed(0, System.nanoTime() - start);
        }
    }
}
