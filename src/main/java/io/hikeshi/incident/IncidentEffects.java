package io.hikeshi.incident;

import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The Slack side effects features ask for, queued in the caller's transaction so they happen if and only if the
 * change that causes them is committed. Channel and message ids are looked up when the effect is performed, so an
 * effect queued before the incident channel exists waits for it.
 */
@ApplicationScoped
public class IncidentEffects {

    private final Outbox outbox;

    IncidentEffects(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Re-renders the pinned incident card in place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshCard(long incidentId) {
        outbox.enqueue(IncidentTasks.UPDATE_CARD, incidentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void invite(long incidentId, List<String> userIds) {
        outbox.enqueue(IncidentTasks.INVITE, incidentId, Map.of("users", String.join(",", userIds)));
    }

    /** Posts in the incident channel. Text rules: see {@link io.hikeshi.chat.ChatGateway#postMessage}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void say(long incidentId, String text) {
        outbox.enqueue(IncidentTasks.POST_TEXT, incidentId, Map.of("text", text));
    }

    /** Replies under the declaration in the announcement channel (nothing when it was not announced). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sayInAnnouncementThread(long incidentId, String text) {
        outbox.enqueue(IncidentTasks.POST_THREAD, incidentId, Map.of("text", text));
    }

    /** Sends one person a direct message from the app. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPrivately(long incidentId, String userId, String text) {
        outbox.enqueue(IncidentTasks.DIRECT, incidentId, Map.of("user", userId, "text", text));
    }

    /** Shows one person, in a channel they are looking at, a message only they see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPrivatelyIn(long incidentId, String channelId, String userId, String text) {
        outbox.enqueue(IncidentTasks.EPHEMERAL, incidentId, Map.of("channel", channelId, "user", userId, "text", text));
    }

    /** Posts in any channel, e.g. to notify stakeholders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sayIn(long incidentId, String channelId, String text) {
        outbox.enqueue(IncidentTasks.POST_TEXT, incidentId, Map.of("text", text, "channel", channelId));
    }
}
