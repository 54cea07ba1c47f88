package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Makes a private incident public, by its commander (or an incident admin) after they confirmed it. The other way
 * is not offered: an incident's public channel is open, for anyone in the workspace to read, within seconds of the
 * declaration, so an incident is private only when it is declared so.
 */
@ApplicationScoped
public class IncidentPrivacy {

    /** Why an incident could not be moved, in words for the person who asked. */
    public static class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final RoleHolders roles;
    private final IncidentAccess access;
    private final IncidentRoom room;
    private final IncidentEffects effects;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Event<IncidentPrivacyChanged> changed;

    IncidentPrivacy(RoleHolders roles, IncidentAccess access, IncidentRoom room,
                    IncidentEffects effects, Timeline timeline, Outbox outbox, Event<IncidentPrivacyChanged> changed) {
        this.roles = roles;
        this.access = access;
        this.room = room;
        this.effects = effects;
        this.timeline = timeline;
        this.outbox = outbox;
        this.changed = changed;
    }

    /**
     * Makes a private incident public: everyone who may see incidents sees it from now on, and it is announced in the
     * public announcement channel. Its Slack channel stays private (an app cannot convert it); the channel is told.
     */
    @Transactional(rollbackOn = RefusedException.class)
    public void makePublic(long number, String by) throws RefusedException {
        Incident incident = lock(number);
        if (!incident.privateIncident) {
            throw new RefusedException(incident.reference() + " is already public.");
        }
        requireCommander(incident, by, "make it public");
        incident.privateIncident = false;
        timeline.record(incident.id, Timeline.NOTE, by, "Made public: everyone can now see it in hikeshi.");
        effects.say(incident.id, ChatText.builder().words(":unlock: ").user(by).words(" made ")
                .strong(incident.reference()).words(" public: it now shows in incident lists, the web UI, search and"
                        + " similar incidents for everyone. This Slack channel stays private; a channel manager can"
                        + " change that in the channel's settings.").build());
        if (incident.channelId != null) {
            Optional<String> announce = room.announceChannel(incident);
            if (announce.isPresent() && !announce.get().equals(incident.announcementChannel)) {
                // Updates follow the public announcement from now on.
                incident.announcementChannel = null;
                incident.announcementTs = null;
                outbox.enqueue(IncidentTasks.ANNOUNCE, incident.id, new IncidentTasks.Announce(announce.get()));
            }
        }
        effects.refreshCard(incident.id);
        changed.fire(new IncidentPrivacyChanged(incident.id, false));
    }

    /** Whether this person may change the incident's privacy: its commander, or the declarer when there is none. */
    @Transactional
    public boolean mayChange(long number, String userId) {
        Incident incident = Incident.findById(number);
        return incident != null && isCommander(incident, userId);
    }

    private void requireCommander(Incident incident, String by, String what) throws RefusedException {
        if (!isCommander(incident, by)) {
            throw new RefusedException("Only the commander of " + incident.reference() + " (or an incident admin) can "
                    + what + ".");
        }
    }

    private boolean isCommander(Incident incident, String userId) {
        String commander = roles.holder(incident.id, RoleHolders.COMMANDER).orElse(incident.declaredBy);
        return userId != null && (userId.equals(commander) || access.audience(userId).admin());
    }

    private static Incident lock(long number) throws RefusedException {
        Incident incident = Incident.getEntityManager().find(Incident.class, number, LockModeType.PESSIMISTIC_WRITE);
        if (incident == null) {
            throw new RefusedException("There is no incident " + number + ".");
        }
        return incident;
    }
}
