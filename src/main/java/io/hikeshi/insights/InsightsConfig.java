package io.hikeshi.insights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the insights and their metrics are computed. */
@ConfigMapping(prefix = "hikeshi.insights")
public interface InsightsConfig {

    /**
     * Without {@code hikeshi.labels.services}, the metrics tag this many services with the most incidents in
     * their window by name and the rest as "other".
     */
    @WithDefault("10")
    int metricServices();

    /** The window the labelled incident metrics count over. */
    @WithDefault("90d")
    Duration metricWindow();

    /** How often the labelled incident metrics are recomputed from the database. */
    @WithDefault("1m")
    Duration metricRefresh();
}
