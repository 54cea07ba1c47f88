package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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
        outbox.enqueue(IncidentTasks.INVITE, incidentId, new IncidentTasks.Invite(List.copyOf(userIds)));
    }

    /** Posts in the incident channel. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void say(long incidentId, ChatText text) {
        outbox.enqueue(IncidentTasks.POST_TEXT, incidentId, IncidentTasks.PostText.of(text, null));
    }

    /** Replies under the declaration in the announcement channel (nothing when it was not announced). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sayInAnnouncementThread(long incidentId, ChatText text) {
        outbox.enqueue(IncidentTasks.POST_THREAD, incidentId, IncidentTasks.PostThread.of(text));
    }

    /** Sends one person a direct message from the app. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPrivately(long incidentId, String userId, ChatText text) {
        outbox.enqueue(IncidentTasks.DIRECT, incidentId, IncidentTasks.Direct.of(userId, text));
    }

    /** Shows one person, in a channel they are looking at, a message only they see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPrivatelyIn(long incidentId, String channelId, String userId, ChatText text) {
        outbox.enqueue(IncidentTasks.EPHEMERAL, incidentId, IncidentTasks.Ephemeral.of(channelId, userId, text));
    }

    /** Posts in any channel, e.g. to notify stakeholders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sayIn(long incidentId, String channelId, ChatText text) {
        outbox.enqueue(IncidentTasks.POST_TEXT, incidentId, IncidentTasks.PostText.of(text, channelId));
    }
}
