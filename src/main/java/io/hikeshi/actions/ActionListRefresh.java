package io.hikeshi.actions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Replaces someone's private list of action items, after they marked one done in it, with the items left. */
@ApplicationScoped
class ActionListRefresh implements OutboxTask<ActionListRefresh.ReplyTo> {

    static final OutboxKind<ReplyTo> KIND = OutboxKind.of(OutboxKinds.ACTION_ITEM_LIST, ReplyTo.class);

    /** Where the clicked list can be replaced, for a short while. */
    record ReplyTo(@JsonProperty("reply_to") String address) {
    }

    private final ActionListChat chat;
    private final IncidentCards cards;

    ActionListRefresh(ActionListChat chat, IncidentCards cards) {
        this.chat = chat;
        this.cards = cards;
    }

    @Override
    public OutboxKind<ActionListRefresh.ReplyTo> kind() {
        return KIND;
    }

    @Override
    public Completion perform(ActionListRefresh.ReplyTo payload, OutboxMessage message) throws ChatException {
        var card = cards.byNumber(message.incidentId());
        if (card.isPresent()) {
            chat.replaceList(payload.address(), card.get());
        }
        return Completion.NOTHING;
    }
}
