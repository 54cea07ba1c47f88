package io.hikeshi.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** The stretch of time the insights look at, as the metrics page offers it. */
public enum Period {
    DAYS_30("30d", "Last 30 days", Duration.ofDays(30)),
    DAYS_90("90d", "Last 90 days", Duration.ofDays(90)),
    YEAR("365d", "Last 12 months", Duration.ofDays(365)),
    ALL("all", "All time", null);

    /** What the page shows when no period is chosen. */
    public static final Period DEFAULT = DAYS_90;

    private final String key;
    private final String label;
    private final Duration length;

    Period(String key, String label, Duration length) {
        this.key = key;
        this.label = label;
        this.length = length;
    }

    /** The value in the page's address, {@code ?period=30d}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The start of the period ending {@code now}; null for all time. */
    public Instant since(Instant now) {
        return length == null ? null : now.minus(length);
    }

    /** The period a key names; the default for anything else. */
    public static Period parse(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst().orElse(DEFAULT);
    }
}
