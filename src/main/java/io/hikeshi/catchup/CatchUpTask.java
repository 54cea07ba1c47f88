package io.hikeshi.catchup;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

/**
 * Makes a requested catch-up. The entry is done only when the catch-up is stored and its delivery queued, in one
 * transaction: a restart before, during or after the model call makes it again (the delivery is queued once). When
 * it keeps failing (the database unreachable, say), the asker is sent a notice with a button to try again instead.
 */
@ApplicationScoped
class CatchUpTask implements OutboxTask<CatchUpTask.Ask> {

    static final OutboxKind<Ask> KIND = OutboxKind.of(OutboxKinds.MAKE_CATCH_UP, Ask.class);
    /** Catch-ups, briefs and their deliveries queue in this lane of their incident, apart from its chat side effects. */
    static final String LANE = "catch-up";
    /** About half a minute of retries with the default backoff, well inside the 30 minutes a reply address lives. */
    static final int MAX_ATTEMPTS = 6;
    static final String NOTICE = "it could not be made after several tries; the error is logged for the operators."
            + " Try again with the button, or ask again in a while";

    /** A request as an outbox payload; {@code address} only for a private catch-up. */
    record Ask(CatchUps.Audience audience, String user, String address,
               @JsonFormat(shape = JsonFormat.Shape.STRING) boolean brief) {

        static Ask of(CatchUps.Request request) {
            return new Ask(request.audience(), request.userId(), request.replyAddress(), request.brief());
        }

        CatchUps.Request request(long incidentId) {
            return new CatchUps.Request(incidentId, user, audience, address, brief);
        }
    }

    private final CatchUps catchUps;
    private final CatchUpSources sources;
    private final CatchUpStore store;
    private final HandoverSections handover;
    private final Outbox outbox;
    private final Clock clock;

    CatchUpTask(CatchUps catchUps, CatchUpSources sources, CatchUpStore store, HandoverSections handover,
                Outbox outbox, Clock clock) {
        this.catchUps = catchUps;
        this.sources = sources;
        this.store = store;
        this.handover = handover;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public OutboxKind<CatchUpTask.Ask> kind() {
        return KIND;
    }

    @Override
    public Completion perform(CatchUpTask.Ask payload, OutboxMessage message) {
        return make(payload.request(message.incidentId()));
    }

    @Override
    public Completion givingUp(CatchUpTask.Ask payload, OutboxMessage message, String error) {
        return failureNotice(payload.request(message.incidentId()));
    }

    @Override
    public OptionalInt maxAttempts() {
        return OptionalInt.of(MAX_ATTEMPTS);
    }

    /** Makes the catch-up now; the completion stores it and queues its delivery. */
    Completion make(CatchUps.Request request) {
        CatchUps.PreparedCatchUp prepared = catchUps.prepare(request.incidentId());
        CatchUp catchUp = request.brief()
                ? prepared.catchUp().withSections(handover.sections(request.incidentId(), request.userId()))
                : prepared.catchUp();
        return () -> {
            // AI catch-ups are stored under their fingerprint and reused; a brief or an automatic one only for delivery.
            boolean reusable = catchUp.aiGenerated() && !request.brief();
            long id = reusable && prepared.storedId() != null ? prepared.storedId()
                    : store.save(catchUp, reusable ? prepared.fingerprint() : "delivery", prepared.modelCalls());
            deliver(request, id);
        };
    }

    /** Queues a notice to the asker that no catch-up could be made, with a button to try again. */
    Completion failureNotice(CatchUps.Request request) {
        return () -> {
            IncidentFacts facts = sources.heading(request.incidentId());
            CatchUp notice = new CatchUp(facts.incidentId(), facts.reference(), facts.title(), facts.channelId(),
                    false, NOTICE, List.of(), true, 0, clock.instant());
            deliver(request, store.save(notice, "delivery", 0));
        };
    }

    private void deliver(CatchUps.Request request, long storedId) {
        outbox.enqueueApart(LANE, CatchUpDelivery.KIND, request.incidentId(), new CatchUpDelivery.Deliver(storedId,
                request.audience(), request.userId(), request.replyAddress()));
    }
}
