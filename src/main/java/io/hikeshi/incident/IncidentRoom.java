package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Records what the outbox tasks achieved while setting up an incident's channel, and what comes next. */
@ApplicationScoped
class IncidentRoom {

    private final Outbox outbox;
    private final IncidentConfig config;
    private final PrivateConfig privateConfig;
    private final ChannelNames channelNames;
    private final Event<IncidentChannelOpened> opened;

    IncidentRoom(Outbox outbox, IncidentConfig config, PrivateConfig privateConfig, ChannelNames channelNames,
                 Event<IncidentChannelOpened> opened) {
        this.outbox = outbox;
        this.config = config;
        this.privateConfig = privateConfig;
        this.channelNames = channelNames;
        this.opened = opened;
    }

    @Transactional
    Incident load(long incidentId) {
        return Incident.<Incident>findByIdOptional(incidentId)
                .orElseThrow(() -> new IllegalStateException("incident " + incidentId + " does not exist"));
    }

    /** The incident's channel; a transient failure while it is still being created, so the caller retries. */
    String requireChannel(long incidentId) throws ChatException {
        String channel = load(incidentId).channelId;
        if (channel == null) {
            throw ChatException.transientFailure("conversations.create", "incident channel not open yet", null);
        }
        return channel;
    }

    /** Whether the incident's announcement is still to come: its channel, or the announcement itself, is queued. */
    @Transactional
    boolean announcementPending(long incidentId) {
        return load(incidentId).channelId == null || outbox.hasPending(incidentId, IncidentTasks.ANNOUNCE);
    }

    /** Moves the incident to the next free channel name after Slack said its name is taken. */
    @Transactional
    String renameChannel(long incidentId) {
        Incident incident = load(incidentId);
        incident.channelName = channelNames.next(incident);
        return incident.channelName;
    }

    /** The channel exists: remember it and queue everything that fills it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void channelOpened(long incidentId, String channelId) {
        Incident incident = load(incidentId);
        if (incident.channelId != null) {
            return;
        }
        incident.channelId = channelId;
        outbox.enqueue(IncidentTasks.INVITE, incidentId, new IncidentTasks.Invite(List.of(incident.declaredBy)));
        outbox.enqueue(IncidentTasks.SET_TOPIC, incidentId);
        outbox.enqueue(IncidentTasks.POST_CARD, incidentId);
        announceChannel(incident).ifPresent(channel ->
                outbox.enqueue(IncidentTasks.ANNOUNCE, incidentId, new IncidentTasks.Announce(channel)));
        opened.fire(new IncidentChannelOpened(incidentId));
    }

    /** Where the incident is announced: private incidents only in the private announcement channel, if any. */
    Optional<String> announceChannel(Incident incident) {
        Optional<String> channel = incident.privateIncident ? privateConfig.announceChannel()
                : config.announceChannel();
        return channel.map(String::strip).filter(id -> !id.isEmpty());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void cardPosted(long incidentId, String messageId) {
        Incident incident = load(incidentId);
        incident.cardTs = messageId;
        outbox.enqueue(IncidentTasks.PIN_CARD, incidentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void announced(long incidentId, String channelId, String messageId) {
        Incident incident = load(incidentId);
        incident.announcementChannel = channelId;
        incident.announcementTs = messageId;
    }
}
