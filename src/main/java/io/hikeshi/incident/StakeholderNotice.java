package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatText;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Posts a stakeholder notification once the incident channel exists, so it can link to it. */
@ApplicationScoped
class StakeholderNotice implements OutboxTask<IncidentTasks.Notify> {

    private final ChatGateway chat;
    private final IncidentRoom room;

    StakeholderNotice(ChatGateway chat, IncidentRoom room) {
        this.chat = chat;
        this.room = room;
    }

    @Override
    public OutboxKind<IncidentTasks.Notify> kind() {
        return IncidentTasks.NOTIFY;
    }

    @Override
    public Completion perform(IncidentTasks.Notify payload, OutboxMessage message) throws ChatException {
        String incidentChannel = room.requireChannel(message.incidentId());
        Incident incident = room.load(message.incidentId());
        String level = payload.level();
        ChatText headline = ChatText.of(level + " incident " + incident.reference() + ": " + incident.title);
        if (payload.groups() != null) {
            ChatText.Builder text = ChatText.builder();
            // Group ids come from configuration (hikeshi.stakeholders), never from what someone typed.
            payload.groups().forEach(id -> text.group(id.strip()).words(" "));
            text.words("— you are stakeholders of " + level + " incidents. ").add(headline);
            chat.postMessage(incidentChannel, null, text.build(), message.delivery());
        } else {
            ChatText text = ChatText.builder().words(":rotating_light: ").strong(headline.plain())
                    .words(" — follow it in ").channel(incidentChannel).build();
            chat.postMessage(payload.channel(), null, text, message.delivery());
        }
        return Completion.NOTHING;
    }
}
