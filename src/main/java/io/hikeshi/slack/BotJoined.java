package io.hikeshi.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.transcript.TranscriptBackfill;
import jakarta.enterprise.context.ApplicationScoped;

/** The bot was added to a channel: if it is an incident channel, read what was said before it joined. */
@ApplicationScoped
class BotJoined {

    private final TranscriptBackfill backfill;
    private final RequestLedger ledger;

    BotJoined(TranscriptBackfill backfill, RequestLedger ledger) {
        this.backfill = backfill;
        this.ledger = ledger;
    }

    Response handle(EventsApiPayload<MemberJoinedChannelEvent> payload, EventContext ctx) {
        MemberJoinedChannelEvent event = payload.getEvent();
        if (event.getUser() != null && event.getUser().equals(ctx.getBotUserId())
                && ledger.firstTime("event:" + payload.getEventId())) {
            backfill.start(event.getChannel());
        }
        return ctx.ack();
    }
}
