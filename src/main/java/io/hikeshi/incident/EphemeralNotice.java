package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells one person, privately, what happened to something they asked for. */
@ApplicationScoped
class EphemeralNotice implements OutboxTask<IncidentTasks.Ephemeral> {

    private final ChatGateway chat;

    EphemeralNotice(ChatGateway chat) {
        this.chat = chat;
    }

    @Override
    public OutboxKind<IncidentTasks.Ephemeral> kind() {
        return IncidentTasks.EPHEMERAL;
    }

    @Override
    public Completion perform(IncidentTasks.Ephemeral payload, OutboxMessage message) throws ChatException {
        chat.postEphemeral(payload.channel(), payload.user(), payload.message());
        return Completion.NOTHING;
    }
}
