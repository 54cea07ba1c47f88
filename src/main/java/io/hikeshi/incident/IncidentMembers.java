package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The members of private incidents: the people in the incident's private channel. The declarer is a member from the
 * start; then Slack's member_joined_channel and member_left_channel events keep the list in step with the channel,
 * so adding someone is inviting them to the channel.
 */
@ApplicationScoped
public class IncidentMembers {

    private final Rows rows;
    private final Clock clock;
    private final IncidentEffects effects;
    private final RoleHolders roles;

    IncidentMembers(Rows rows, Clock clock, IncidentEffects effects, RoleHolders roles) {
        this.rows = rows;
        this.clock = clock;
        this.effects = effects;
        this.roles = roles;
    }

    /**
     * The bot was removed from a channel. For a private incident's channel, whose messages the bot can no longer
     * read or post to, the commander (the declarer when there is none) is told by direct message, once until the bot
     * is back.
     */
    @Transactional
    public void botRemoved(String channelId) {
        Incident.<Incident>find("channelId = ?1 and privateIncident = true", channelId).firstResultOptional()
                .ifPresent(incident -> {
                    int lost = rows.execute("insert into private_channel_lost (incident_id, lost_at) values (?, ?)"
                            + " on conflict do nothing", incident.id, clock.instant());
                    if (lost == 1 && incident.status != IncidentStatus.RESOLVED) {
                        String commander = roles.holder(incident.id, RoleHolders.COMMANDER).orElse(incident.declaredBy);
                        effects.tellPrivately(incident.id, commander, ChatText.builder().words(":warning: ")
                                .strong("I was removed from the private channel of " + incident.reference() + ".")
                                .words(" I can no longer read it or post updates, reminders, catch-ups or the postmortem"
                                        + " there, and nothing I was about to post will arrive. Invite me back in the"
                                        + " channel with ").code("/invite @hikeshi").words(".").build());
                    }
                });
    }

    /** The bot is in the channel again. */
    @Transactional
    public void botReturned(String channelId) {
        Incident.<Incident>find("channelId", channelId).firstResultOptional().ifPresent(incident ->
                rows.execute("delete from private_channel_lost where incident_id = ?", incident.id));
    }

    /** People the bot invited into a private incident's channel are its members. */
    @Transactional(Transactional.TxType.MANDATORY)
    void invited(long incidentId, List<String> userIds) {
        Incident incident = Incident.findById(incidentId);
        if (incident != null && incident.privateIncident) {
            userIds.forEach(user -> add(incidentId, user));
        }
    }

    /** Someone joined the channel; nothing happens unless it is a private incident's channel. */
    @Transactional
    public void joined(String channelId, String userId) {
        Incident.<Incident>find("channelId = ?1 and privateIncident = true", channelId).firstResultOptional()
                .ifPresent(incident -> add(incident.id, userId));
    }

    /** Someone left the channel (or was removed from it). */
    @Transactional
    public void left(String channelId, String userId) {
        Incident.<Incident>find("channelId", channelId).firstResultOptional().ifPresent(incident ->
                rows.execute("delete from incident_member where incident_id = ? and user_id = ?", incident.id, userId));
    }

    /** Makes someone a member; already being one is fine. */
    @Transactional(Transactional.TxType.MANDATORY)
    void add(long incidentId, String userId) {
        if (userId == null || userId.isBlank()) {
            return;
        }
        rows.execute("insert into incident_member (incident_id, user_id, joined_at) values (?, ?, ?)"
                + " on conflict do nothing", incidentId, userId, clock.instant());
    }


    static boolean isMember(long incidentId, String userId) {
        return !Incident.getEntityManager().createNativeQuery(
                        "select 1 from incident_member where incident_id = ?1 and user_id = ?2")
                .setParameter(1, incidentId).setParameter(2, userId).setMaxResults(1).getResultList().isEmpty();
    }

    static List<Long> incidentsOf(String userId) {
        List<?> ids = Incident.getEntityManager().createNativeQuery(
                "select incident_id from incident_member where user_id = ?1").setParameter(1, userId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
