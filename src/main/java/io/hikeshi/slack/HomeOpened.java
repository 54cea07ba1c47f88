package io.hikeshi.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import io.hikeshi.incident.HomeTab;
import jakarta.enterprise.context.ApplicationScoped;

/** Someone opened the app's home tab: show them the open incidents (once per event, however often Slack retries). */
@ApplicationScoped
class HomeOpened {

    private final HomeTab home;

    HomeOpened(HomeTab home) {
        this.home = home;
    }

    Response handle(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if ("home".equals(event.getTab())) {
            home.requestRefresh("event:" + payload.getEventId(), event.getUser());
        }
        return ctx.ack();
    }
}
