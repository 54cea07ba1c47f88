package io.hikeshi.incident;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatText;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Posts a stakeholder notification once the incident channel exists, so it can link to it. */
@ApplicationScoped
class StakeholderNotice implements OutboxTask<IncidentTasks.Notify> {

    private static final Logger LOG = Logger.getLogger(StakeholderNotice.class);

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
        if (incident.privateIncident) {
            notifyPrivate(payload, room.announceChannel(incident), message);
            return Completion.NOTHING;
        }
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

    /**
     * A private incident: stakeholders learn that one exists at this severity, nothing more (no reference, title or
     * channel). Groups are mentioned in the private announcement channel, and not at all when there is none.
     */
    private void notifyPrivate(IncidentTasks.Notify payload, Optional<String> privateAnnouncements,
                               OutboxMessage message) throws ChatException {
        String level = payload.level();
        ChatText notice = ChatText.builder().words(":lock: ").strong("A private " + level + " incident is under way.")
                .words(" Its details are shared only with the people responding to it.").build();
        if (payload.groups() == null) {
            chat.postMessage(payload.channel(), null, notice, message.delivery());
        } else if (privateAnnouncements.isPresent()) {
            ChatText.Builder text = ChatText.builder();
            payload.groups().forEach(id -> text.group(id.strip()).words(" "));
            chat.postMessage(privateAnnouncements.get(), null, text.add(notice).build(), message.delivery());
        } else {
            LOG.infof("Stakeholder groups of %s not told of private incident %d: no private announcement channel",
                    level, message.incidentId());
        }
    }
}
