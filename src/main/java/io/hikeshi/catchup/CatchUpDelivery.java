package io.hikeshi.catchup;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.hikeshi.chat.ChatException;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows a stored catch-up to its audience: privately in place of "working on it", in the channel, or by DM. */
@ApplicationScoped
class CatchUpDelivery implements OutboxTask<CatchUpDelivery.Deliver> {

    static final OutboxKind<Deliver> KIND = OutboxKind.of(OutboxKinds.DELIVER_CATCH_UP, Deliver.class);

    /**
     * The stored catch-up to show to its audience; {@code address} only for a private one. Its id is stored as
     * "summary" because queued entries already use that key.
     */
    record Deliver(@JsonProperty("summary") @JsonFormat(shape = JsonFormat.Shape.STRING) long catchUp,
                   CatchUps.Audience audience, String user, String address) {
    }

    private final CatchUpChat chat;
    private final CatchUpStore store;

    CatchUpDelivery(CatchUpChat chat, CatchUpStore store) {
        this.chat = chat;
        this.store = store;
    }

    @Override
    public OutboxKind<CatchUpDelivery.Deliver> kind() {
        return KIND;
    }

    @Override
    public Completion perform(CatchUpDelivery.Deliver payload, OutboxMessage message) throws ChatException {
        CatchUp catchUp = store.load(payload.catchUp());
        switch (payload.audience()) {
            case PRIVATE -> chat.reply(payload.address(), catchUp);
            case CHANNEL -> chat.post(catchUp.channelId(), catchUp, message.delivery());
            case DIRECT -> chat.send(payload.user(), catchUp);
        }
        return Completion.NOTHING;
    }
}
