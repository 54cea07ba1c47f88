package io.hikeshi.bench;

import io.hikeshi.support.EventLoad;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/** Steps the benchmarks share; every wait has a limit generous enough for a machine busy with other work. */
final class BenchSetUp {

    private static final Duration SET_UP_PATIENCE = Duration.ofMinutes(2);

    private BenchSetUp() {
    }

    /** Declares an incident and waits until its channel CINC0001 is set up. */
    static void declare(FakeSlack slack, String title) {
        SlackRequests.postForm(SlackRequests.slashCommand("declare " + title)).statusCode(200);
        Awaitility.await("incident channel set up").atMost(SET_UP_PATIENCE)
                .until(() -> slack.calls("pins.add").size() == 1);
    }

    /** The ts of every stored transcript message. */
    static Set<String> storedTs(TestDatabase db) {
        return db.rows("select ts, 1 from transcript_message").stream().map(row -> (String) row[0])
                .collect(Collectors.toSet());
    }

    /**
     * Sends every message that was turned away again, with Slack's retry headers, until each is stored or
     * {@code atMost} has passed, as Slack's retries would. Returns how many requests that took.
     */
    static int resendUntilStored(URI events, List<EventLoad.Answer> answers, TestDatabase db, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Set<String> turnedAway = answers.stream().filter(a -> a.status() != 200).map(EventLoad.Answer::ts)
                .collect(Collectors.toSet());
        int resent = 0;
        while (System.nanoTime() < deadline) {
            Set<String> stored = storedTs(db);
            List<String> missing = turnedAway.stream().filter(ts -> !stored.contains(ts)).toList();
            if (missing.isEmpty()) {
                break;
            }
            EventLoad retries = new EventLoad(events, 64);
            missing.forEach(ts -> retries.send(ts, true));
            resent += missing.size();
            retries.answers(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return resent;
    }
}
