package io.hikeshi.insights;

import java.time.Duration;

/**
 * Incidents of one service or one cause in a period: how many were declared, how many are resolved, and their time
 * to resolve (null when none is resolved).
 */
public record Breakdown(String name, int declared, int resolved, Duration meanToResolve, Duration medianToResolve) {
}
