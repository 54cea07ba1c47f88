package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Posts a stakeholder notification once the incident channel exists, so it can link to it. */
@ApplicationScoped
class StakeholderNotice implements OutboxTask {

    private final ChatGateway chat;
    private final IncidentRoom room;

    StakeholderNotice(ChatGateway chat, IncidentRoom room) {
        this.chat = chat;
        this.room = room;
    }

    @Override
    public String kind() {
        return IncidentTasks.NOTIFY;
    }

    @Override
    public Completion perform(OutboxMessage message) throws ChatException {
        String incidentChannel = room.requireChannel(message.incidentId());
        Incident incident = room.load(message.incidentId());
        String level = message.require("level");
        String headline = level + " incident " + incident.reference() + ": " + incident.title;
        String groups = message.payload().get("groups");
        if (groups != null) {
            String mentions = Arrays.stream(groups.split(",")).map(id -> "{^" + id + "}")
                    .collect(Collectors.joining(" "));
            chat.postMessage(incidentChannel, null, mentions + " — you are stakeholders of " + level
                    + " incidents. " + headline, RoomSetupTasks.delivery(message));
        } else {
            chat.postMessage(message.require("channel"), null, ":rotating_light: *" + headline + "* — follow it in {#"
                    + incidentChannel + "}", RoomSetupTasks.delivery(message));
        }
        return Completion.NOTHING;
    }
}
