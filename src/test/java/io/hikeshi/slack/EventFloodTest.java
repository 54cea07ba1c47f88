package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.EventLoad;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.OpenFiles;
import io.hikeshi.support.PersonProbe;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A channel floods message events faster than they can be stored while someone types commands: the commands are
 * still answered within Slack's 3 s (the product's contract), the connections the app holds stay under its cap, and
 * every event answered 200 is stored exactly once. Events may be turned away with a 503 (Slack sends them again).
 */
@QuarkusTest
class EventFloodTest extends SlackFlowTest {

    private static final int RATE = 2_000;
    private static final Duration FLOOD = Duration.ofSeconds(2);
    private static final int CLIENT_IN_FLIGHT = 200;
    private static final long SLACK_DEADLINE_NANOS = Duration.ofSeconds(3).toNanos();

    @TestHTTPResource("/slack/events")
    URI events;

    @ConfigProperty(name = "quarkus.http.limits.max-connections")
    int maxConnections;

    @Test
    void commandsAreAnsweredInTimeAndEveryAcknowledgedMessageIsStoredOnce() throws InterruptedException {
        declareAndWait("Flooded channel");
        // Warm-up, so the figures are about load and not about the JIT's first compilations.
        EventLoad warmUp = new EventLoad(events, CLIENT_IN_FLIGHT);
        warmUp.offer(1_000, Duration.ofMillis(500), "1600000000.%06d", 0);
        warmUp.answers(Duration.ofSeconds(30));
        // On the connection the person's commands will use, as Slack keeps its connections open.
        assertThat(SlackRequests.send(events.getPort(), SlackRequests.slashCommand("note warm-up", "trigger-warm-up",
                FakeSlack.INCIDENT_CHANNEL), ContentType.URLENC, Map.of()).statusCode()).isEqualTo(200);
        int baseline = OpenFiles.descriptors();
        EventLoad load = new EventLoad(events, CLIENT_IN_FLIGHT);
        List<EventLoad.Answer> answers;
        List<PersonProbe.Timed> commands;
        List<PersonProbe.Timed> healthChecks;
        int peakConnections;
        int peakDescriptors;
        try (OpenFiles.PeakSampler peaks = new OpenFiles.PeakSampler(events.getPort());
             PersonProbe person = new PersonProbe(events.getPort(), Duration.ofMillis(250))) {
            load.offer(RATE, FLOOD, "1700000000.%06d", 0.10);
            answers = load.answers(Duration.ofSeconds(30));
            person.close();
            commands = person.commands();
            healthChecks = person.healthChecks();
            peakConnections = peaks.peakConnections();
            peakDescriptors = peaks.peakDescriptors();
        }

        System.out.printf("[flood] %d answers: %s; commands (ms): %s; peak descriptors %d (before %d), peak"
                        + " connections %d%n", answers.size(), answers.stream().collect(Collectors.groupingBy(
                        a -> a.status() + (a.failure() == null ? "" : " " + a.failure()), Collectors.counting())),
                commands.stream().map(c -> c.status() + ":" + c.nanos() / 1_000_000).toList(), peakDescriptors,
                baseline, peakConnections);
        assertThat(commands).hasSizeGreaterThanOrEqualTo(3).allSatisfy(ack -> {
            assertThat(ack.status()).isEqualTo(200);
            assertThat(ack.nanos()).isLessThan(SLACK_DEADLINE_NANOS);
        });
        assertThat(healthChecks).allSatisfy(check -> assertThat(check.status()).isEqualTo(200));
        assertThat(peakConnections).isLessThanOrEqualTo(maxConnections + 20);
        if (baseline > 0) {
            assertThat(peakDescriptors).isLessThan(baseline + CLIENT_IN_FLIGHT + maxConnections + 200);
        }
        Set<String> acknowledged = answers.stream().filter(a -> a.status() == 200).map(EventLoad.Answer::ts)
                .collect(Collectors.toSet());
        assertThat(acknowledged).isNotEmpty();
        Set<String> stored = db.rows("select ts, count(*) from transcript_message group by ts").stream()
                .peek(row -> assertThat(((Number) row[1]).longValue()).as("copies of " + row[0]).isEqualTo(1))
                .map(row -> (String) row[0]).collect(Collectors.toSet());
        assertThat(stored).containsAll(acknowledged);
        boolean someTurnedAway = answers.stream().anyMatch(a -> a.status() != 200);
        long storedFromFlood = stored.stream().filter(ts -> ts.startsWith("1700000000.")).count();
        assertThat(someTurnedAway || storedFromFlood == RATE * FLOOD.toSeconds())
                .as("either some events were turned away, or every one was stored").isTrue();
    }
}
