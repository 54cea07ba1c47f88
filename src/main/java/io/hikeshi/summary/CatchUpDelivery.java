package io.hikeshi.summary;

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
    static final String SUMMARY = "summary";
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
        CatchUp catchUp = store.load(Long.parseLong(message.require(SUMMARY)));
        switch (CatchUps.Audience.valueOf(message.require(AUDIENCE))) {
            case PRIVATE -> chat.replyWithCatchUp(message.require(ADDRESS), catchUp);
            case CHANNEL -> chat.postCatchUp(catchUp.channelId(), catchUp, message.delivery());
            case DIRECT -> chat.sendCatchUp(message.require(USER), catchUp);
        }
        return Completion.NOTHING;
    }
}
