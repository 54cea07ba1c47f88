package io.hikeshi.runbook;

import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads posted runbooks for the outbox tasks that post and update them, and records their messages. */
@ApplicationScoped
class PostedRunbooks {

    /** A post, the channel it goes in, and its messages so far (empty until posted). */
    record Loaded(String channelId, PostedRunbook runbook, List<String> messageIds) {
    }

    private final IncidentQueries incidents;

    PostedRunbooks(IncidentQueries incidents) {
        this.incidents = incidents;
    }

    /** The post, or null when it does not exist; a transient failure while the incident channel is not open. */
    @Transactional
    Loaded load(long postId) throws ChatException {
        RunbookPost post = RunbookPost.findById(postId);
        if (post == null) {
            return null;
        }
        // Only the channel is needed: the incident's reference, not the whole card (roles, updates, action items).
        String channelId = incidents.byNumber(post.incidentId).map(IncidentRef::channelId).orElse(null);
        if (channelId == null) {
            throw ChatException.transientFailure("chat.postMessage", "incident channel not open yet", null);
        }
        Map<Integer, PostedRunbook.Tick> ticks = new HashMap<>();
        RunbookItem.<RunbookItem>list("postId = ?1 and tickedBy is not null", postId)
                .forEach(item -> ticks.put(item.item, new PostedRunbook.Tick(item.tickedBy, item.tickedAt)));
        List<String> messageIds = RunbookMessage.<RunbookMessage>list("postId = ?1 order by part", postId).stream()
                .map(message -> message.messageId).toList();
        return new Loaded(channelId, new PostedRunbook(post.id, post.runbookName, post.title, post.description,
                post.body, post.reason, post.postedBy, Map.copyOf(ticks)), messageIds);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recordMessages(long postId, List<String> messageIds) {
        if (RunbookMessage.count("postId", postId) > 0) {
            return;
        }
        for (int part = 0; part < messageIds.size(); part++) {
            RunbookMessage message = new RunbookMessage();
            message.postId = postId;
            message.part = part;
            message.messageId = messageIds.get(part);
            message.persist();
        }
    }
}
