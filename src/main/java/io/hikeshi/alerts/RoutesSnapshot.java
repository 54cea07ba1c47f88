package io.hikeshi.alerts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes in force and what is wrong with the routing files. When a file is wrong, {@code routes} are the ones
 * read before (or the default, asking about every alert) and {@code problems} say which file, line and why.
 *
 * @param files the routing files read, empty when there are none (every alert is then asked about)
 */
record RoutesSnapshot(List<AlertRoute> routes, List<String> files, List<Problem> problems) {

    /** One thing wrong in a routing file. */
    record Problem(String file, int line, String reason) {

        String describe() {
            return file + (line > 0 ? " line " + line : "") + ": " + reason;
        }
    }

    /** The first route that takes this alert; with no routes at all, the default that asks about it. */
    AlertRoute route(Map<String, String> labels, Map<String, String> annotations) {
        if (routes.isEmpty() && files.isEmpty()) {
            return AlertRoute.askEverything();
        }
        Optional<AlertRoute> first = routes.stream().filter(route -> route.matches(labels, annotations)).findFirst();
        // A routing file that matches nothing still must not drop the alert: asking is the safe default.
        return first.orElseGet(() -> new AlertRoute("none matched", "", 0, List.of(), RouteAction.ask(null)));
    }
}
