package io.hikeshi.alerts;

import java.util.List;

/**
 * What the route decided for a group when its first alert came, with the title and services already filled in from
 * that alert; stored with the group so that editing the rules file later does not change an open group.
 *
 * @param commander declare: the first commander
 * @param channel   ask: where the triage message goes (null: nowhere configured)
 */
record Decision(String route, RouteAction.Type type, String severity, String title, List<String> services,
                List<String> runbooks, boolean drill, String commander, boolean resolveWithAlerts, String channel) {

    static final int MAX_TITLE = 150;

    static Decision of(AlertRoute route, ReceivedAlert first, String defaultCommander, String defaultChannel) {
        RouteAction action = route.action();
        String title = action.title() == null ? null
                : AlertTemplate.render(action.title(), first.labels(), first.annotations(), MAX_TITLE)
                .replaceAll("^[:\\s]+|[:\\s]+$", "");
        if (title != null && title.isEmpty()) {
            title = AlertTemplate.oneLine("Alert " + first.name(), MAX_TITLE);
        }
        List<String> services = action.services().stream()
                .map(service -> AlertTemplate.render(service, first.labels(), first.annotations(), 100))
                .filter(service -> !service.isEmpty()).distinct().toList();
        String commander = action.commander() != null ? action.commander() : defaultCommander;
        if (action.type() == RouteAction.Type.DECLARE && commander == null) {
            // An incident needs a first commander; without one, a person decides from a triage message instead.
            return new Decision(route.name() + " (asks: no commander configured)", RouteAction.Type.ASK, null, title,
                    services, action.runbooks(), action.drill(), null, false, defaultChannel);
        }
        return new Decision(route.name(), action.type(), action.severity(), title, services, action.runbooks(),
                action.drill(), commander, action.resolveWithAlerts(),
                action.channel() != null ? action.channel() : defaultChannel);
    }
}
