package io.hikeshi.alerts;

import java.util.List;
import java.util.Map;

/**
 * One rule of the routing file: when every matcher holds for an alert, the action decides what becomes of it.
 *
 * @param file where the rule was written, and its line, for messages about it
 */
record AlertRoute(String name, String file, int line, List<Matcher> matchers, RouteAction action) {

    /** Whether this rule takes an alert with these labels and annotations. */
    boolean matches(Map<String, String> labels, Map<String, String> annotations) {
        return matchers.stream().allMatch(matcher -> matcher.test(labels, annotations));
    }

    /** The route used when no routing file exists: every alert is asked about in the announcement channel. */
    static AlertRoute askEverything() {
        return new AlertRoute("default (no routing file)", "", 0, List.of(), RouteAction.ask(null));
    }
}
