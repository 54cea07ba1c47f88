package io.hikeshi.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.TestDatabase;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast {@code /incident declare} is acknowledged with 50 declarations in flight, and how long the outbox then
 * takes to open every channel. The same load is first sent, in the same run, to a bare endpoint that only checks the
 * signature and acks ({@code BareAckResource}): that is the floor this machine allows right now, and the figures are
 * also reported as ratios to it, which mean the same on a busy machine as on an idle one. Prints the figures and
 * asserts only that all the work was done. Run with {@code mvn -B verify -Pbench}.
 */
@QuarkusTest
@ConnectWireMock
@Tag("benchmark")
class DeclareAckBenchmark {

    // Overridable (-Dbench.declarations, -Dbench.inFlight) to study service time, e.g. with one in flight.
    private static final int DECLARATIONS = Integer.getInteger("bench.declarations", 200);
    private static final int IN_FLIGHT = Integer.getInteger("bench.inFlight", 50);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);
    private static final Duration OUTBOX_PATIENCE = Duration.ofMinutes(5);

    WireMock wiremock;

    @Inject
    TestDatabase db;

    @TestHTTPResource("/slack/events")
    URI events;

    @TestHTTPResource("/bench/bare-ack")
    URI bareAck;

    @Test
    void declarationsUnderConcurrentLoad() throws InterruptedException {
        DeclareLoad load = new DeclareLoad(events);
        FakeSlack slack = new FakeSlack(wiremock);
        // JIT, connection pools and Bolt's first auth.test are paid here, not in the measured run.
        db.clean();
        slack.reset();
        load.fire(WARM_UP, IN_FLIGHT, i -> "Warm-up " + i);
        awaitOutboxDone(slack, WARM_UP);
        DeclareLoad floorLoad = new DeclareLoad(bareAck);
        floorLoad.fire(WARM_UP, IN_FLIGHT, i -> "Warm-up " + i);
        DeclareLoad.Result floor = floorLoad.fire(DECLARATIONS, IN_FLIGHT, i -> "Benchmark incident " + i + " --sev 2");
        assertThat(floor.statuses()).containsOnly(200);

        db.clean();
        slack.reset();
        Instant start = Instant.now();
        DeclareLoad.Result result = load.fire(DECLARATIONS, IN_FLIGHT, i -> "Benchmark incident " + i + " --sev 2");
        awaitOutboxDone(slack, DECLARATIONS);

        report(result, floor, start, slack);
        assertThat(result.statuses()).containsOnly(200);
        assertThat(result.bodies()).allSatisfy(body -> assertThat(body).contains("declared: Benchmark incident"));
        assertThat(db.count("incident")).isEqualTo(DECLARATIONS);
        assertThat(db.count("incident where channel_id is not null and card_ts is not null")).isEqualTo(DECLARATIONS);
        assertThat(slack.forms("conversations.create")).extracting(form -> form.get("name"))
                .hasSize(DECLARATIONS).doesNotHaveDuplicates();
    }

    /** Every card pinned and no entry left pending: the last step of each incident's setup has run. */
    private void awaitOutboxDone(FakeSlack slack, int incidents) {
        try {
            await("outbox done for " + incidents + " incidents").atMost(OUTBOX_PATIENCE)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> slack.calls("pins.add").size() == incidents
                            && db.count("outbox_entry where state <> 'DONE'") == 0);
        } catch (ConditionTimeoutException e) {
            print("gave up after %s: %d of %d cards pinned, %d outbox entries not done", OUTBOX_PATIENCE,
                    slack.calls("pins.add").size(), incidents, db.count("outbox_entry where state <> 'DONE'"));
            throw e;
        }
    }

    private void report(DeclareLoad.Result result, DeclareLoad.Result floor, Instant start, FakeSlack slack) {
        LatencyStats acks = new LatencyStats(result.latencyNanos());
        LatencyStats bare = new LatencyStats(floor.latencyNanos());
        double seconds = result.elapsed().toNanos() / 1e9;
        double floorSeconds = floor.elapsed().toNanos() / 1e9;
        print("%d declarations, %d in flight, %d cores, after %d warm-up declarations", DECLARATIONS, IN_FLIGHT,
                Runtime.getRuntime().availableProcessors(), WARM_UP);
        print("floor (bare endpoint: check the signature, ack): %s, %.1f acks/s", bare.summary(),
                DECLARATIONS / floorSeconds);
        print("ack latency: %s", acks.summary());
        print("throughput: %.1f declarations/s (all %d acked in %.2f s)", DECLARATIONS / seconds, DECLARATIONS,
                seconds);
        print("ratios to the floor: p50 x%.1f, p99 x%.1f, throughput %.2f of the floor's",
                acks.percentileMillis(50) / bare.percentileMillis(50),
                acks.percentileMillis(99) / bare.percentileMillis(99), floorSeconds / seconds);
        print("outbox: all %d channels created %.2f s after the first request; every channel set up"
                        + " (invite, topic, card, pin, announce) after %.2f s", DECLARATIONS,
                secondsSince(start, slack.calls("conversations.create")),
                secondsSince(start, wiremock.find(anyRequestedFor(anyUrl()))));
    }

    private static double secondsSince(Instant start, List<LoggedRequest> requests) {
        long last = requests.stream().mapToLong(request -> request.getLoggedDate().getTime()).max().orElseThrow();
        return (last - start.toEpochMilli()) / 1000.0;
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + format.formatted(args));
    }
}
