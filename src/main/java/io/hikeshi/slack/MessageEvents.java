package io.hikeshi.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import io.hikeshi.transcript.Transcript;
import io.hikeshi.transcript.TranscriptEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Messages posted, edited and deleted in channels the bot is in, kept in the transcript of incident channels.
 * Messages by bots (hikeshi included) are left out; joins, leaves and other subtypes have no handler and are
 * acknowledged by Bolt. A retried event finds its message stored and changes nothing. The ack waits until the
 * message is stored, so an acknowledged message is never lost; over HTTP it waits without holding a thread
 * ({@link DeferredAck}), since at a thousand events a second parked threads would run out first.
 */
@ApplicationScoped
class MessageEvents {

    private final Transcript transcript;

    MessageEvents(Transcript transcript) {
        this.transcript = transcript;
    }

    Response posted(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent m = payload.getEvent();
        if (m.getBotId() != null || m.getUser() == null) {
            return ctx.ack();
        }
        return store(ctx, m.getEdited() == null
                ? TranscriptEvent.posted(m.getChannel(), m.getTs(), m.getThreadTs(), m.getUser(), m.getText())
                : TranscriptEvent.edited(m.getChannel(), m.getTs(), m.getThreadTs(), m.getUser(), m.getText(),
                        m.getEdited().getTs()));
    }

    Response fileShared(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent m = payload.getEvent();
        if (m.getUser() == null || Boolean.TRUE.equals(m.getDisplayAsBot())) {
            return ctx.ack();
        }
        return store(ctx, TranscriptEvent.posted(m.getChannel(), m.getTs(), m.getThreadTs(), m.getUser(),
                m.getText()));
    }

    Response broadcast(EventsApiPayload<MessageThreadBroadcastEvent> payload, EventContext ctx) {
        MessageThreadBroadcastEvent m = payload.getEvent();
        if (m.getUser() == null) {
            return ctx.ack();
        }
        return store(ctx, TranscriptEvent.posted(m.getChannel(), m.getTs(), m.getThreadTs(), m.getUser(),
                m.getText()));
    }

    Response changed(EventsApiPayload<MessageChangedEvent> payload, EventContext ctx) {
        MessageChangedEvent event = payload.getEvent();
        MessageChangedEvent.Message m = event.getMessage();
        // Slack also sends message_changed when a reply count or an unfurl changes: no edit time, nothing to do.
        if (m == null || m.getBotId() != null || m.getUser() == null || m.getEdited() == null) {
            return ctx.ack();
        }
        return store(ctx, TranscriptEvent.edited(event.getChannel(), m.getTs(), m.getThreadTs(), m.getUser(),
                m.getText(), m.getEdited().getTs()));
    }

    Response deleted(EventsApiPayload<MessageDeletedEvent> payload, EventContext ctx) {
        MessageDeletedEvent event = payload.getEvent();
        if (event.getDeletedTs() == null) {
            return ctx.ack();
        }
        return store(ctx, TranscriptEvent.deleted(event.getChannel(), event.getDeletedTs()));
    }

    private Response store(EventContext ctx, TranscriptEvent event) {
        if (DeferredAck.allowed(ctx)) {
            // Over HTTP: answer when the write committed, without holding a worker thread until then.
            return new DeferredAck(transcript.recordLater(event)
                    .handle((stored, failure) -> failure == null ? ctx.ack() : tryAgain()));
        }
        try {
            transcript.record(event);
            return ctx.ack();
        } catch (Transcript.TranscriptUnavailableException e) {
            return tryAgain();
        }
    }

    /** Not acknowledged: Slack sends the event again, and storing it twice changes nothing. */
    private static Response tryAgain() {
        return Response.builder().statusCode(503).contentType("text/plain").body("try again").build();
    }
}
