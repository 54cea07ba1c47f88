package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.StoredChatText;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxMessage;
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

    /** Payload key of the text of a message, as {@link StoredChatText}. */
    static final String TEXT = "chat";

    /** Posts in the incident channel. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void say(long incidentId, ChatText text) {
        outbox.enqueue(IncidentTasks.POST_TEXT, incidentId, Map.of(TEXT, StoredChatText.write(text)));
    }

    /** Replies under the declaration in the announcement channel (nothing when it was not announced). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sayInAnnouncementThread(long incidentId, ChatText text) {
        outbox.enqueue(IncidentTasks.POST_THREAD, incidentId, Map.of(TEXT, StoredChatText.write(text)));
    }

    /** Sends one person a direct message from the app. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPrivately(long incidentId, String userId, ChatText text) {
        outbox.enqueue(IncidentTasks.DIRECT, incidentId, Map.of("user", userId, TEXT, StoredChatText.write(text)));
    }

    /** Shows one person, in a channel they are looking at, a message only they see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPrivatelyIn(long incidentId, String channelId, String userId, ChatText text) {
        outbox.enqueue(IncidentTasks.EPHEMERAL, incidentId, Map.of("channel", channelId, "user", userId,
                TEXT, StoredChatText.write(text)));
    }

    /** Posts in any channel, e.g. to notify stakeholders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sayIn(long incidentId, String channelId, ChatText text) {
        outbox.enqueue(IncidentTasks.POST_TEXT, incidentId, Map.of(TEXT, StoredChatText.write(text),
                "channel", channelId));
    }

    /**
     * The text a queued message carries. Entries queued before chat text existed kept theirs under {@code text},
     * with mentions written inside it: that text is shown as words only, so nobody's typing ever turns into one.
     */
    static ChatText textOf(OutboxMessage message) {
        String stored = message.payload().get(TEXT);
        return stored != null ? StoredChatText.read(stored) : ChatText.of(message.require("text"));
    }
}
