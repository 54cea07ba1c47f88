package io.hikeshi.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of latencies, for printing. */
final class LatencyStats {

    private final long[] sortedNanos;

    LatencyStats(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The smallest latency that at least {@code percent}% of the samples do not exceed, in milliseconds. */
    double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return millis(sortedNanos[Math.max(rank, 1) - 1]);
    }

    double maxMillis() {
        return millis(sortedNanos[sortedNanos.length - 1]);
    }

    String summary() {
        return "p50 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(percentileMillis(50), percentileMillis(99),
                maxMillis());
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
