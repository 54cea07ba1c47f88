package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.llm.LlmCallPool;
import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.transcript.TestTranscript;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chunks of a long channel, and the merges of one level, go to the model a few at a time: never more than
 * {@code hikeshi.llm.parallel-calls} at once, and the catch-up is the one that calls made one by one would give.
 */
@QuarkusTest
class MapReduceParallelTest extends CatchUpFlowTest {

    private static final int MESSAGES = 1_000;

    @Inject
    CatchUps catchUps;

    @Inject
    CatchUpSources sources;

    @Inject
    MapReduceDrafter drafter;

    @Inject
    LlmClient llm;

    @Inject
    LlmCallPool pool;

    @Test
    void callsOverlapUpToTheLimitAndGiveTheSameCatchUpAsOneByOne() throws Exception {
        int limit = pool.limit();
        assertThat(limit).isGreaterThan(1);
        TestTranscript.fill(MESSAGES);
        CatchUpInput input = sources.load(incident());
        AtomicInteger open = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch firstCalls = new CountDownLatch(limit);
        FakeLlm.answer(call -> {
            most.accumulateAndGet(open.incrementAndGet(), Math::max);
            try {
                // The first calls wait for one another (not for long, if they are sent one at a time).
                firstCalls.countDown();
                firstCalls.await(1, TimeUnit.SECONDS);
                return FakeLlm.digestOfWhatWasGiven(call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FakeLlm.Reply.status(500);
            } finally {
                open.decrementAndGet();
            }
        });

        long start = System.nanoTime();
        MapReduceDrafter.Outcome parallel = drafter.draft(input);
        long elapsed = System.nanoTime() - start;
        List<FakeLlm.Call> parallelCalls = FakeLlm.calls();
        FakeLlm.answer(FakeLlm::digestOfWhatWasGiven);
        MapReduceDrafter.Outcome oneByOne = new MapReduceDrafter(llm, new LlmCallPool(1)).draft(input);
        List<FakeLlm.Call> allCalls = FakeLlm.calls();

        assertThat(most.get()).isBetween(2, limit);
        assertThat(parallel.draft()).isEqualTo(oneByOne.draft());
        assertThat(parallel.modelCalls()).isEqualTo(parallelCalls.size()).isEqualTo(oneByOne.modelCalls())
                .isGreaterThan(limit);
        // The same requests, merges included: the partial drafts were merged in the order of their chunks.
        assertThat(prompts(parallelCalls)).isEqualTo(prompts(allCalls.subList(parallelCalls.size(), allCalls.size())));
        assertThat(prompts(parallelCalls)).anyMatch(user -> user.contains("<partial n="));
        // Wall-clock waiting, not the sum of the calls: it cannot be longer than the whole summary took.
        assertThat(parallel.modelNanos()).isPositive().isLessThanOrEqualTo(elapsed);
    }

    @Test
    void theFirstFailedCallEndsTheCatchUpAndTheCallsNotStartedAreNotMade() throws LlmException {
        TestTranscript.fill(MESSAGES);
        CountDownLatch release = new CountDownLatch(1);
        FakeLlm.answer(call -> {
            if (call.user().contains("part=\"2 of ")) {
                return FakeLlm.Reply.status(500);
            }
            try {
                // The other chunks are still being answered when the second one fails.
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeLlm.digestOfWhatWasGiven(call);
        });
        try {
            CatchUps.PreparedCatchUp prepared = catchUps.prepare(incident());

            assertThat(prepared.catchUp().aiGenerated()).isFalse();
            assertThat(prepared.catchUp().notice()).contains("HTTP 500");
            release.countDown();
            drain();
            List<FakeLlm.Call> calls = FakeLlm.calls();
            assertThat(calls).hasSizeBetween(1, pool.limit());
            // More chunks than may be sent at once, so some were still waiting for a thread.
            assertThat(chunks(calls.get(0))).isGreaterThan(pool.limit());
        } finally {
            release.countDown();
        }
    }

    /** Returns once every thread of the pool has run a call of a later batch: nothing queued before is left. */
    private void drain() throws LlmException {
        CyclicBarrier everyThread = new CyclicBarrier(pool.limit());
        pool.all(Collections.<LlmCallPool.Call<Void>>nCopies(pool.limit(), () -> {
            try {
                everyThread.await(10, TimeUnit.SECONDS);
                return null;
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the pool did not come free", e);
            }
        }));
    }

    private long incident() {
        return ((Number) db.value("select id from incident")).longValue();
    }

    private static int chunks(FakeLlm.Call call) {
        Matcher part = Pattern.compile("part=\"\\d+ of (\\d+)\"").matcher(call.user());
        assertThat(part.find()).isTrue();
        return Integer.parseInt(part.group(1));
    }

    private static List<String> prompts(List<FakeLlm.Call> calls) {
        return calls.stream().map(FakeLlm.Call::user).sorted().toList();
    }
}
