package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.outbox.NoPayload;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Creates the incident channel. When the name is taken, a retry first checks whether the channel is our own from
 * an attempt that was interrupted before it was recorded; otherwise it moves on to the next suffix.
 */
@ApplicationScoped
class ChannelOpener implements OutboxTask<NoPayload> {

    private static final int MAX_RENAMES = 20;
    // Allows for clock skew between us and Slack when recognising a channel created by an earlier attempt.
    private static final Duration SKEW = Duration.ofMinutes(10);

    private final IncidentRoomChat chat;
    private final IncidentRoom room;

    ChannelOpener(IncidentRoomChat chat, IncidentRoom room) {
        this.chat = chat;
        this.room = room;
    }

    @Override
    public OutboxKind<NoPayload> kind() {
        return IncidentTasks.OPEN_CHANNEL;
    }

    @Override
    public Completion perform(NoPayload payload, OutboxMessage message) throws ChatException {
        Incident incident = room.load(message.incidentId());
        if (incident.channelId != null) {
            return Completion.NOTHING;
        }
        String name = incident.channelName;
        for (int renames = 0; renames < MAX_RENAMES; renames++) {
            Optional<String> channel = chat.createChannel(name, incident.privateIncident);
            if (channel.isEmpty() && message.isRetry()) {
                channel = chat.findOwnChannel(name, incident.privateIncident, incident.declaredAt.minus(SKEW));
            }
            if (channel.isPresent()) {
                String channelId = channel.get();
                return () -> room.channelOpened(incident.id, channelId);
            }
            name = room.renameChannel(incident.id);
        }
        throw ChatException.transientFailure("conversations.create", "no free channel name after "
                + MAX_RENAMES + " tries, last " + name, null);
    }
}
