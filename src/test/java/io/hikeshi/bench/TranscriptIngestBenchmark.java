package io.hikeshi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.hikeshi.support.EventLoad;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Transcript ingestion under a steady stream of message events (default 1,000/s for 60 s), a tenth of them sent
 * again with Slack's retry headers. In the same run it measures the database's own pace for these rows
 * ({@link CommitFloor}) and reports the accepted rate also as a ratio to it. When the machine cannot keep up, events
 * are turned away with a 503, as Slack would see them; they are then sent again, as Slack does, to show that nothing
 * is lost. Asserts only that no acknowledged message was lost or stored twice. Every wait has a limit, so the run
 * always ends and reports what it reached. Run with {@code mvn -B verify -Pbench}; tune with -Dbench.rate,
 * -Dbench.seconds.
 */
@QuarkusTest
@Tag("benchmark")
class TranscriptIngestBenchmark extends SlackFlowTest {

    private static final int RATE = Integer.getInteger("bench.rate", 1_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final double RETRIED = 0.10;
    private static final int CLIENT_IN_FLIGHT = 2_000;
    private static final Duration DRAIN = Duration.ofSeconds(30);

    @TestHTTPResource("/slack/events")
    URI events;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void messageEventsAtASteadyRate() throws SQLException {
        BenchSetUp.declare(slack, "Ingestion benchmark");
        new EventLoad(events, CLIENT_IN_FLIGHT).offer(RATE, Duration.ofSeconds(5), "1600000000.%06d", RETRIED);
        db.clean();
        slack.reset();
        BenchSetUp.declare(slack, "Ingestion benchmark");
        long incident = ((Number) db.value("select id from incident")).longValue();
        CommitFloor.Figures floor = CommitFloor.measure(dataSource, incident, Duration.ofSeconds(3));

        EventLoad load = new EventLoad(events, CLIENT_IN_FLIGHT);
        long start = System.nanoTime();
        int originals = load.offer(RATE, Duration.ofSeconds(SECONDS), "1700000000.%06d", RETRIED);
        double offering = (System.nanoTime() - start) / 1e9;
        List<EventLoad.Answer> answers = load.answers(DRAIN);
        double elapsed = (System.nanoTime() - start) / 1e9;

        IngestFigures figures = IngestFigures.of(answers, db);
        int resent = BenchSetUp.resendUntilStored(events, answers, db, Duration.ofSeconds(60));
        long stored = db.count("transcript_message where channel_id <> 'CFLOORBENCH'");
        print("%d cores; absolute figures depend on the machine and its load, the ratios to the floor much less",
                cores());
        print("floor: %s", floor.summary());
        print("offered %d new messages + %d retries in %.1f s (target %d/s)", originals, answers.size() - originals,
                offering, RATE);
        print("accepted %d (%.0f/s), turned away %d (503 or no connection); ack latency of accepted: %s",
                figures.accepted(), figures.accepted() / elapsed, figures.turnedAway(), figures.latency());
        print("accepted rate / floor: %.2f of the one-row commit rate, %.2f of the batched row rate",
                figures.accepted() / elapsed / floor.commitsPerSecond(),
                figures.accepted() / elapsed / floor.batchedRowsPerSecond());
        print("lost %d, duplicated %d; after resending the %d turned away, as Slack does: %d of %d stored",
                figures.lost(), figures.duplicated(), resent, stored, originals);
        assertThat(figures.lost()).isZero();
        assertThat(figures.duplicated()).isZero();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + format.formatted(args));
    }
}
