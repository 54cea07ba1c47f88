package io.hikeshi.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.GroupLeftEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.incident.IncidentMembers;
import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.persistence.OnceOnly;
import io.hikeshi.transcript.TranscriptBackfill;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Who is in which channel. The bot joining an incident channel reads what was said before it joined; people joining
 * or leaving a private incident's channel become or stop being its members; the bot being removed from a private
 * incident's channel is reported to the commander.
 */
@ApplicationScoped
class ChannelMembership {

    private static final Logger LOG = Logger.getLogger(ChannelMembership.class);

    /** What {@link #record} answers when the event was new (acknowledged like any other). */
    private static final Response FIRST_TIME = Response.ok();

    private final TranscriptBackfill backfill;
    private final IncidentMembers members;
    private final RequestLedger ledger;

    ChannelMembership(TranscriptBackfill backfill, IncidentMembers members, RequestLedger ledger) {
        this.backfill = backfill;
        this.members = members;
        this.ledger = ledger;
    }

    Response joined(EventsApiPayload<MemberJoinedChannelEvent> payload, EventContext ctx) {
        MemberJoinedChannelEvent event = payload.getEvent();
        if (event.getUser() == null || event.getChannel() == null) {
            return ctx.ack();
        }
        boolean bot = event.getUser().equals(ctx.getBotUserId());
        Outcome outcome = record(payload.getEventId(), () -> {
            if (bot) {
                members.botReturned(event.getChannel());
            } else {
                members.joined(event.getChannel(), event.getUser());
            }
        });
        if (bot && outcome == Outcome.RECORDED) {
            backfill.start(event.getChannel());
        }
        return answer(outcome, ctx);
    }

    Response left(EventsApiPayload<MemberLeftChannelEvent> payload, EventContext ctx) {
        MemberLeftChannelEvent event = payload.getEvent();
        if (event.getUser() == null || event.getChannel() == null) {
            return ctx.ack();
        }
        boolean bot = event.getUser().equals(ctx.getBotUserId());
        return answer(record(payload.getEventId(), () -> {
            if (bot) {
                members.botRemoved(event.getChannel());
            } else {
                members.left(event.getChannel(), event.getUser());
            }
        }), ctx);
    }

    /** group_left: the bot itself left, or was removed from, a private channel. */
    Response botLeft(EventsApiPayload<GroupLeftEvent> payload, EventContext ctx) {
        GroupLeftEvent event = payload.getEvent();
        if (event.getChannel() == null) {
            return ctx.ack();
        }
        return answer(record(payload.getEventId(), () -> members.botRemoved(event.getChannel())), ctx);
    }

    private enum Outcome { RECORDED, REPEATED, FAILED }

    /** Records the change once per event id: the event id and the change commit together. */
    private Outcome record(String eventId, Runnable change) {
        try {
            return OnceOnly.run(() -> {
                ledger.record("event:" + eventId, null);
                change.run();
                return Outcome.RECORDED;
            }, () -> Outcome.REPEATED);
        } catch (RuntimeException e) {
            LOG.errorf("Could not record a channel membership change (event %s): %s", eventId,
                    LoggedFailure.describe(e));
            return Outcome.FAILED;
        }
    }

    /** When the database failed the event is not acknowledged, so Slack sends it again instead of it being lost. */
    private static Response answer(Outcome outcome, EventContext ctx) {
        return outcome == Outcome.FAILED ? Response.builder().statusCode(503).build() : ctx.ack();
    }
}
