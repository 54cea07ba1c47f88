package io.hikeshi.catchup;

import io.hikeshi.chat.CatchUp;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows a stored catch-up to its audience: privately in place of "working on it", in the channel, or by DM. */
@ApplicationScoped
class CatchUpDelivery implements OutboxTask {

    static final String KIND = "deliver_catch_up";
    /** The stored catch-up's id; the key says "summary" because queued entries already use it. */
    static final String CATCH_UP = "summary";
    static final String AUDIENCE = "audience";
    static final String USER = "user";
    static final String ADDRESS = "address";

    private final ChatGateway chat;
    private final CatchUpStore store;

    CatchUpDelivery(ChatGateway chat, CatchUpStore store) {
        this.chat = chat;
        this.store = store;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Completion perform(OutboxMessage message) throws ChatException {
        CatchUp catchUp = store.load(Long.parseLong(message.require(CATCH_UP)));
        switch (CatchUps.Audience.valueOf(message.require(AUDIENCE))) {
            case PRIVATE -> chat.replyWithCatchUp(message.require(ADDRESS), catchUp);
            case CHANNEL -> chat.postCatchUp(catchUp.channelId(), catchUp, new ChatGateway.Delivery(
                    message.deliveryKey(), message.firstTriedAt(), message.isRetry()));
            case DIRECT -> chat.sendCatchUp(message.require(USER), catchUp);
        }
        return Completion.NOTHING;
    }
}
