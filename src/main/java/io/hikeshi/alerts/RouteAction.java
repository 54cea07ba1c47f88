package io.hikeshi.alerts;

import java.util.List;

/**
 * What a route does with the alerts it takes.
 *
 * @param severity    declare: the severity name, or null for the default level
 * @param title       declare: the title template ({@code {{ labels.x }}}, {@code {{ annotations.y }}})
 * @param services    declare: templates of the services affected
 * @param runbooks    declare: runbooks to post in the new channel, by name
 * @param commander   declare: Slack user id of the first commander, or null for {@code hikeshi.alerts.commander}
 * @param resolveWithAlerts declare: resolve the incident when every alert of it has resolved
 * @param channel     ask: channel id of the triage message, or null for the announcement channel
 */
record RouteAction(Type type, String severity, String title, List<String> services, List<String> runbooks,
                   boolean drill, String commander, boolean resolveWithAlerts, String channel) {

    enum Type { DECLARE, ASK, IGNORE }

    static RouteAction ask(String channel) {
        return new RouteAction(Type.ASK, null, null, List.of(), List.of(), false, null, false, channel);
    }

    static RouteAction ignore() {
        return new RouteAction(Type.IGNORE, null, null, List.of(), List.of(), false, null, false, null);
    }
}
