package io.hikeshi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.AlertSenders;
import io.hikeshi.support.AlertSenders.AmAlert;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.TestClock;
import io.hikeshi.support.TestDatabase;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An alert storm: 1,000 Alertmanager notifications in 10 s across 50 groups (each group's alerts growing from one to
 * five, with resends), at a steady rate. Prints the answer latency and what reached Slack; asserts that every
 * notification was answered 200, that each group made one triage message, that nothing was lost, and that no
 * group's message changed more than once while it kept firing in the minute. Run with {@code mvn -B verify -Pbench}.
 */
@QuarkusTest
@ConnectWireMock
@Tag("benchmark")
class AlertStormBenchmark {

    private static final int NOTIFICATIONS = Integer.getInteger("bench.alertNotifications", 1_000);
    private static final int GROUPS = Integer.getInteger("bench.alertGroups", 50);
    private static final int SECONDS = Integer.getInteger("bench.alertSeconds", 10);
    private static final int ALERTS_PER_GROUP = 5;

    WireMock wiremock;

    @Inject
    TestDatabase db;

    @TestHTTPResource("/alerts/alertmanager")
    URI endpoint;

    @Test
    void stormOfNotifications() throws Exception {
        FakeSlack slack = new FakeSlack(wiremock);
        AlertSenders.routes(null);
        TestClock.reset();
        db.clean();
        slack.reset();
        Instant started = TestClock.now().minusSeconds(120);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[NOTIFICATIONS];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger index = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(NOTIFICATIONS);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        long periodMicros = SECONDS * 1_000_000L / NOTIFICATIONS;
        Instant begin = Instant.now();
        pacer.scheduleAtFixedRate(() -> {
            int i = index.getAndIncrement();
            if (i >= NOTIFICATIONS) {
                return;
            }
            senders.execute(() -> {
                String body = notification(i, started);
                long t0 = System.nanoTime();
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + AlertSenders.ALERTMANAGER_TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                latencies[i] = System.nanoTime() - t0;
                statuses.merge(status, 1, Integer::sum);
                done.countDown();
            });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        assertThat(done.await(SECONDS + 120L, TimeUnit.SECONDS)).as("every notification answered").isTrue();
        double sendSeconds = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
        pacer.shutdownNow();
        senders.shutdown();

        // Within the storm each group got its triage message and no update: updates wait for the minute.
        await().atMost(Duration.ofMinutes(2)).until(() -> slack.calls("chat.postMessage").size() >= GROUPS
                && db.count("outbox_entry where state = 'PENDING' and next_attempt_at <= current_timestamp") == 0);
        int postsDuringStorm = slack.calls("chat.postMessage").size();
        int updatesDuringStorm = slack.calls("chat.update").size();
        // One update a group a minute at most: none unless this machine took over a minute to get here.
        long minutesSoFar = Duration.between(begin, Instant.now()).toSeconds() / 60;
        TestClock.advance(Duration.ofSeconds(61));
        await().atMost(Duration.ofMinutes(2)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
        int updatesAfterMinute = slack.calls("chat.update").size() - updatesDuringStorm;
        List<String> missing = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            long stored = db.count("alert a join alert_group g on a.group_id = g.id where g.group_key = '"
                    + groupKey(g) + "'");
            if (stored != expectedAlerts(g)) {
                missing.add("group " + g + ": " + stored + " of " + expectedAlerts(g));
            }
        }

        LatencyStats stats = new LatencyStats(latencies);
        print("%d notifications across %d groups sent in %.1f s (offered %d/s), %d cores", NOTIFICATIONS, GROUPS,
                sendSeconds, NOTIFICATIONS / SECONDS, Runtime.getRuntime().availableProcessors());
        print("answers: %s; statuses %s", stats.summary(), statuses);
        print("groups %d, triage messages posted %d, updates while firing in the first minute %d, updates after it %d",
                db.count("alert_group"), postsDuringStorm, updatesDuringStorm, updatesAfterMinute);
        print("alerts stored %d of %d; groups missing alerts: %s", db.count("alert"), totalAlerts(), missing);

        assertThat(statuses).containsOnlyKeys(200);
        assertThat(db.count("alert_group")).isEqualTo(GROUPS);
        assertThat(postsDuringStorm).isEqualTo(GROUPS);
        assertThat(updatesDuringStorm).isLessThanOrEqualTo(GROUPS * (int) minutesSoFar);
        assertThat(updatesAfterMinute).isLessThanOrEqualTo(GROUPS);
        assertThat(missing).isEmpty();
    }

    /** Notification {@code i} is of group {@code i % GROUPS}; the group's alerts grow by one every GROUPS*2 sends. */
    private static String notification(int i, Instant started) {
        int group = i % GROUPS;
        int alerts = Math.min(ALERTS_PER_GROUP, 1 + i / (GROUPS * 4));
        List<AmAlert> list = new ArrayList<>();
        for (int a = 0; a < alerts; a++) {
            list.add(AmAlert.firing("g" + group + "-a" + a, Map.of("alertname", "Storm" + group, "instance",
                    "node-" + a), started));
        }
        return AlertSenders.alertmanagerPayload(groupKey(group), list);
    }

    private static int expectedAlerts(int group) {
        int max = 0;
        for (int i = group; i < NOTIFICATIONS; i += GROUPS) {
            max = Math.max(max, Math.min(ALERTS_PER_GROUP, 1 + i / (GROUPS * 4)));
        }
        return max;
    }

    private static long totalAlerts() {
        long total = 0;
        for (int g = 0; g < GROUPS; g++) {
            total += expectedAlerts(g);
        }
        return total;
    }

    private static String groupKey(int group) {
        return "{}:{alertname=\"Storm" + group + "\"}";
    }

    private static void print(String format, Object... args) {
        System.out.println("[alert storm] " + format.formatted(args));
    }
}
