package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeLlm;
import io.hikeshi.transcript.TestTranscript;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The time a catch-up of a 5,000-message channel takes outside the model (loading, names, chunking, prompts,
 * parsing, checking), and how many model calls it makes. The fake model answers at once; the time spent waiting
 * for it is measured and taken out. In the same run it measures the floor this depends on, reading the channel's
 * messages straight from the database, and reports the time also as a ratio to it. Stops after
 * {@code bench.maxSeconds} whatever it reached. Prints figures; asserts only that the catch-up was made by the model.
 * Run with {@code mvn -B verify -Pbench}.
 */
@QuarkusTest
@Tag("benchmark")
class CatchUpBenchmark extends CatchUpFlowTest {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 5_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 5);
    private static final long MAX_NANOS = Integer.getInteger("bench.maxSeconds", 300) * 1_000_000_000L;

    @Inject
    CatchUps catchUps;

    @Test
    void catchUpOfALongChannel() {
        long incident = ((Number) db.value("select id from incident")).longValue();
        TestTranscript.fill(MESSAGES);
        long[] nonModel = new long[RUNS];
        long[] floor = new long[RUNS];
        int calls = 0;
        int runs = 0;
        long deadline = System.nanoTime() + MAX_NANOS;
        for (int run = -WARM_UP; run < RUNS && System.nanoTime() < deadline; run++) {
            // A new message each time, so the stored catch-up is out of date and a new one is made.
            say("1800000000.%06d".formatted(run + WARM_UP), "one more message " + run);
            long start = System.nanoTime();
            CatchUps.PreparedCatchUp prepared = catchUps.prepare(incident);
            long elapsed = System.nanoTime() - start;
            assertThat(prepared.catchUp().aiGenerated()).isTrue();
            long read = System.nanoTime();
            db.rows("select ts, user_id, thread_ts, text from transcript_message where incident_id = " + incident
                    + " order by ts");
            long readNanos = System.nanoTime() - read;
            if (run >= 0) {
                nonModel[run] = elapsed - prepared.modelNanos();
                floor[run] = readNanos;
                calls = prepared.modelCalls();
                runs++;
            }
        }
        assertThat(runs).as("runs finished within bench.maxSeconds").isPositive();
        long[] measured = Arrays.copyOf(nonModel, runs);
        long[] reads = Arrays.copyOf(floor, runs);
        Arrays.sort(measured);
        Arrays.sort(reads);
        System.out.printf("[bench] catch-up of %d messages, %d of %d runs after %d warm-up, %d cores (absolute"
                + " figures depend on the machine and its load: compare the ratio to the floor)%n", MESSAGES + 1, runs, RUNS, WARM_UP,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("[bench] floor: reading the channel's messages from the database: p50 %.1f ms%n",
                reads[runs / 2] / 1e6);
        System.out.printf("[bench] non-LLM time: p50 %.1f ms, max %.1f ms (target <= 1000 ms); p50 x%.1f the floor%n",
                measured[runs / 2] / 1e6, measured[runs - 1] / 1e6, (double) measured[runs / 2] / reads[runs / 2]);
        System.out.printf("[bench] model calls per catch-up: %d (budget %s tokens)%n", calls,
                FakeLlm.calls().isEmpty() ? "?" : "6000");
    }
}
