package io.hikeshi.actions;

import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Replaces someone's private list of action items, after they marked one done in it, with the items left. */
@ApplicationScoped
class ActionListRefresh implements OutboxTask {

    static final String KIND = "action_item_list";
    static final String ADDRESS = "reply_to";

    private final ActionListChat chat;
    private final IncidentCards cards;

    ActionListRefresh(ActionListChat chat, IncidentCards cards) {
        this.chat = chat;
        this.cards = cards;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Completion perform(OutboxMessage message) throws ChatException {
        var card = cards.byNumber(message.incidentId());
        if (card.isPresent()) {
            chat.replaceList(message.require(ADDRESS), card.get());
        }
        return Completion.NOTHING;
    }
}
