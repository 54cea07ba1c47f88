package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.Message;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Reads Slack to find what an interrupted attempt already did: a channel it created, a message it posted. */
@ApplicationScoped
class SlackLookups {

    private static final Logger LOG = Logger.getLogger(SlackLookups.class);
    private static final int MAX_PAGES = 50;

    private final MethodsClient slack;
    private final SlackCalls calls;
    private volatile String botUserId;
    private volatile String workspaceUrl;
    private volatile String teamId;

    SlackLookups(MethodsClient slack, SlackCalls calls) {
        this.slack = slack;
        this.calls = calls;
    }

    /**
     * The channel with this name (private ones listed only for a private incident, so an install without the
     * groups:read scope still recovers public channels), if our bot created it at or after {@code notBefore}.
     */
    Optional<String> ownChannel(String name, boolean isPrivate, Instant notBefore) throws ChatException {
        String me = botUserId();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String pageCursor = cursor;
            ConversationsListResponse response = calls.run("conversations.list", () -> slack.conversationsList(r -> r
                    .types(List.of(isPrivate ? ConversationType.PRIVATE_CHANNEL : ConversationType.PUBLIC_CHANNEL)).excludeArchived(true).limit(1000)
                    .cursor(pageCursor)));
            for (Conversation channel : response.getChannels()) {
                if (name.equals(channel.getName())) {
                    boolean ours = me.equals(channel.getCreator()) && channel.getCreated() != null
                            && channel.getCreated() >= notBefore.getEpochSecond();
                    return ours ? Optional.of(channel.getId()) : Optional.empty();
                }
            }
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The message carrying this delivery key, posted since {@code since}. A failed lookup is logged and treated as
     * "not posted": posting again risks a duplicate message, never a lost one.
     */
    Optional<String> delivered(String channelId, String threadId, String key, Instant since) {
        try {
            String oldest = (since.getEpochSecond() - 60) + ".000000";
            List<Message> messages = threadId == null
                    ? calls.run("conversations.history", () -> slack.conversationsHistory(r -> r.channel(channelId)
                            .oldest(oldest).limit(200).includeAllMetadata(true))).getMessages()
                    : calls.run("conversations.replies", () -> slack.conversationsReplies(r -> r.channel(channelId)
                            .ts(threadId).oldest(oldest).limit(200).includeAllMetadata(true))).getMessages();
            return messages.stream()
                    .filter(message -> carries(message, key))
                    .map(Message::getTs)
                    .findFirst();
        } catch (ChatException e) {
            LOG.warnf("Could not check %s for an earlier copy of a message (%s); posting it", channelId, e.code());
            return Optional.empty();
        }
    }

    /** One message by its ts, looked up in the channel and, for thread replies, in its thread. */
    Optional<ChatGateway.ChatMessage> message(String channelId, String ts) throws ChatException {
        List<Message> found = calls.run("conversations.history", () -> slack.conversationsHistory(r -> r
                .channel(channelId).latest(ts).oldest(ts).inclusive(true).limit(1))).getMessages();
        if (found == null || found.isEmpty()) {
            found = calls.run("conversations.replies", () -> slack.conversationsReplies(r -> r
                    .channel(channelId).ts(ts).latest(ts).oldest(ts).inclusive(true).limit(1)), "thread_not_found")
                    .getMessages();
        }
        Optional<Message> message = found == null ? Optional.empty()
                : found.stream().filter(m -> ts.equals(m.getTs())).findFirst();
        if (message.isEmpty()) {
            return Optional.empty();
        }
        String permalink = calls.run("chat.getPermalink", () -> slack.chatGetPermalink(r -> r.channel(channelId)
                .messageTs(ts))).getPermalink();
        Message m = message.get();
        return Optional.of(new ChatGateway.ChatMessage(m.getText(), m.getUser() != null ? m.getUser() : m.getBotId(),
                permalink));
    }

    private static boolean carries(Message message, String key) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null && SlackPoster.DELIVERY_EVENT.equals(metadata.getEventType())
                && metadata.getEventPayload() != null
                && Objects.equals(key, String.valueOf(metadata.getEventPayload().get("key")));
    }

    private String botUserId() throws ChatException {
        if (botUserId == null) {
            identify();
        }
        return botUserId;
    }

    /** The workspace's address, e.g. https://acme.slack.com/, from which message links are built. */
    String workspaceUrl() throws ChatException {
        if (workspaceUrl == null) {
            identify();
        }
        return workspaceUrl;
    }

    /** The id (T…) of the workspace the bot is installed in. */
    String teamId() throws ChatException {
        if (teamId == null) {
            identify();
        }
        return teamId;
    }

    private void identify() throws ChatException {
        var identity = calls.run("auth.test", () -> slack.authTest(r -> r));
        String url = identity.getUrl() == null ? "https://slack.com/" : identity.getUrl();
        workspaceUrl = url.endsWith("/") ? url : url + "/";
        botUserId = identity.getUserId();
        teamId = identity.getTeamId();
    }
}
