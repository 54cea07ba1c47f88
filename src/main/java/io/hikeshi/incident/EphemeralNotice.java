package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells one person, privately, what happened to something they asked for. */
@ApplicationScoped
class EphemeralNotice implements OutboxTask {

    private final ChatGateway chat;

    EphemeralNotice(ChatGateway chat) {
        this.chat = chat;
    }

    @Override
    public String kind() {
        return IncidentTasks.EPHEMERAL;
    }

    @Override
    public Completion perform(OutboxMessage message) throws ChatException {
        chat.postEphemeral(message.require("channel"), message.require("user"),
                IncidentEffects.textOf(message));
        return Completion.NOTHING;
    }
}
