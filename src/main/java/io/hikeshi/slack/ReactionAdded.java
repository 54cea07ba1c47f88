package io.hikeshi.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import io.hikeshi.incident.ReactionCapture;
import io.hikeshi.timeline.TimelineConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** A reaction was added somewhere: the timeline reaction on a message in an incident channel pins it. */
@ApplicationScoped
class ReactionAdded {

    private final ReactionCapture capture;
    private final String reaction;

    ReactionAdded(ReactionCapture capture, TimelineConfig config) {
        this.capture = capture;
        this.reaction = config.reaction().replace(":", "");
    }

    Response handle(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
        ReactionAddedEvent event = payload.getEvent();
        if (reaction.equals(event.getReaction()) && event.getItem() != null
                && "message".equals(event.getItem().getType())) {
            capture.capture("event:" + payload.getEventId(), event.getItem().getChannel(), event.getItem().getTs(),
                    event.getItemUser(), event.getUser());
        }
        return ctx.ack();
    }
}
