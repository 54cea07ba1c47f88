package io.hikeshi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.EventLoad;
import io.hikeshi.support.OpenFiles;
import io.hikeshi.support.PersonProbe;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Three times what the machine sustains, for 60 s. First measures, in the same run, what the app sustains: message
 * events sent back to back with 64 in flight for 10 s. Then offers three times that rate, a tenth sent again with
 * Slack's retry headers, while someone types commands and the health check is polled. Reports the accepted and
 * turned-away rates, command and health-check latency during the overload, descriptors and connections at their peak,
 * and lost/duplicated messages; then sends what was turned away again, as Slack would. Asserts only that nothing
 * acknowledged was lost or stored twice and that every command was answered. Every wait has a limit. Run with
 * {@code mvn -B verify -Pbench}; -Dbench.overloadSeconds, -Dbench.calibrationSeconds and -Dbench.factor change it.
 */
@QuarkusTest
@Tag("benchmark")
class OverloadBenchmark extends SlackFlowTest {

    private static final int SECONDS = Integer.getInteger("bench.overloadSeconds", 60);
    private static final int CALIBRATION_SECONDS = Integer.getInteger("bench.calibrationSeconds", 10);
    private static final int FACTOR = Integer.getInteger("bench.factor", 3);
    private static final int CALIBRATION_IN_FLIGHT = 64;
    private static final int CLIENT_IN_FLIGHT = 4_000;

    @TestHTTPResource("/slack/events")
    URI events;

    @Test
    void threeTimesWhatTheMachineSustains() throws InterruptedException {
        BenchSetUp.declare(slack, "Overload benchmark");
        new EventLoad(events, CALIBRATION_IN_FLIGHT).saturate(Duration.ofSeconds(3), "1500000000.%06d"); // warm-up
        EventLoad calibration = new EventLoad(events, CALIBRATION_IN_FLIGHT);
        long calibrationStart = System.nanoTime();
        calibration.saturate(Duration.ofSeconds(CALIBRATION_SECONDS), "1600000000.%06d");
        List<EventLoad.Answer> calibrated = calibration.answers(Duration.ofSeconds(30));
        double sustained = calibrated.stream().filter(a -> a.status() == 200).count()
                / ((System.nanoTime() - calibrationStart) / 1e9);
        int rate = (int) Math.max(100, FACTOR * sustained);

        int baseline = OpenFiles.descriptors();
        EventLoad load = new EventLoad(events, CLIENT_IN_FLIGHT);
        List<EventLoad.Answer> answers;
        List<PersonProbe.Timed> commands;
        List<PersonProbe.Timed> healthChecks;
        int peakDescriptors;
        int peakConnections;
        long start = System.nanoTime();
        int originals;
        try (OpenFiles.PeakSampler peaks = new OpenFiles.PeakSampler(events.getPort());
             PersonProbe person = new PersonProbe(events.getPort(), Duration.ofMillis(250))) {
            originals = load.offer(rate, Duration.ofSeconds(SECONDS), "1700000000.%06d", 0.10);
            person.close();
            answers = load.answers(Duration.ofSeconds(30));
            commands = person.commands();
            healthChecks = person.healthChecks();
            peakDescriptors = peaks.peakDescriptors();
            peakConnections = peaks.peakConnections();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        IngestFigures figures = IngestFigures.of(answers, db);
        int resent = BenchSetUp.resendUntilStored(events, answers, db, Duration.ofSeconds(120));
        long storedAfterRetries = BenchSetUp.storedTs(db).stream().filter(ts -> ts.startsWith("1700000000.")).count();

        print("%d cores; absolute figures depend on the machine and its load, the ratios to the floor much less",
                Runtime.getRuntime().availableProcessors());
        print("sustained (closed loop, %d in flight, %d s): %.0f events/s; offered %dx = %d/s for %d s",
                CALIBRATION_IN_FLIGHT, CALIBRATION_SECONDS, sustained, FACTOR, rate, SECONDS);
        print("offered %d new + %d retries (%.0f requests/s); accepted %.0f/s (%.2f of sustained), turned away %.0f/s",
                originals, answers.size() - originals, answers.size() / elapsed, figures.accepted() / elapsed,
                figures.accepted() / elapsed / sustained, figures.turnedAway() / elapsed);
        print("ack latency of accepted events: %s", figures.latency());
        print("commands during the overload (%d): %s; health checks: %s", commands.size(), latency(commands),
                latency(healthChecks));
        print("descriptors at peak: %d (before: %d); server connections at peak: %d", peakDescriptors, baseline,
                peakConnections);
        print("lost %d, duplicated %d; after resending the turned-away ones (%d requests), %d of %d stored",
                figures.lost(), figures.duplicated(), resent, storedAfterRetries, originals);
        assertThat(figures.lost()).isZero();
        assertThat(figures.duplicated()).isZero();
        assertThat(commands).allSatisfy(command -> assertThat(command.status()).isEqualTo(200));
    }

    private static String latency(List<PersonProbe.Timed> answers) {
        return answers.isEmpty() ? "none"
                : new LatencyStats(answers.stream().mapToLong(PersonProbe.Timed::nanos).toArray()).summary();
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + format.formatted(args));
    }
}
