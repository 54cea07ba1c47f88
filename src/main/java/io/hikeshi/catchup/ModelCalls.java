package io.hikeshi.catchup;

import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the model calls of one catch-up and the time spent waiting for them; the calls may run on several threads. */
final class ModelCalls {

    private final LlmClient llm;
    private final AtomicInteger count = new AtomicInteger();
    /** When each call waited for the model, as {start, end} in System.nanoTime(); guarded by this. */
    private final List<long[]> waits = new ArrayList<>();

    ModelCalls(LlmClient llm) {
        this.llm = llm;
    }

    /** One model call, its answer parsed into a draft. */
    CatchUpDraft ask(String instructions, String input) throws LlmException {
        count.incrementAndGet();
        long start = System.nanoTime();
        LlmClient.Answer answer;
        try {
            answer = llm.ask(instructions, input);
        } catch (LlmException e) {
            waited(start, System.nanoTime());
            throw e;
        }
        long end = System.nanoTime();
        // The client timed the model alone, not its own redaction; that span ended just before ask returned.
        waited(Math.max(start, end - answer.modelNanos()), end);
        return CatchUpDraftParser.parse(answer.text());
    }

    int count() {
        return count.get();
    }

    /**
     * Wall-clock time during which at least one call was waiting for the model. Calls made in parallel overlap, so
     * this is less than the sum of their times: the catch-up's elapsed time minus this is the time spent outside
     * the model.
     */
    synchronized long nanos() {
        List<long[]> sorted = new ArrayList<>(waits);
        sorted.sort(Comparator.comparingLong(w -> w[0]));
        long total = 0;
        long coveredUntil = Long.MIN_VALUE;
        for (long[] wait : sorted) {
            long from = Math.max(wait[0], coveredUntil);
            if (wait[1] > from) {
                total += wait[1] - from;
                coveredUntil = wait[1];
            }
        }
        return total;
    }

    private synchronized void waited(long start, long end) {
        waits.add(new long[] {start, end});
    }
}
