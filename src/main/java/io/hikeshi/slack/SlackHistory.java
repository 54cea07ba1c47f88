package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatHistory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads channel history and thread replies page by page for the transcript, and user names (cached). */
@ApplicationScoped
class SlackHistory {

    /** Message subtypes written by people; every other subtype (joins, topic changes, bots) is left out. */
    static final Set<String> BY_PEOPLE = Set.of("file_share", "thread_broadcast", "me_message");
    private static final int PAGE_SIZE = 200;

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    SlackHistory(MethodsClient slack, SlackCalls calls) {
        this.slack = slack;
        this.calls = calls;
    }

    ChatHistory page(String channelId, String threadId, String cursor) throws ChatException {
        List<Message> messages;
        String next;
        if (threadId == null) {
            var response = calls.run("conversations.history", () -> slack.conversationsHistory(r -> r
                    .channel(channelId).limit(PAGE_SIZE).cursor(cursor)));
            messages = response.getMessages();
            next = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
        } else {
            var response = calls.run("conversations.replies", () -> slack.conversationsReplies(r -> r
                    .channel(channelId).ts(threadId).limit(PAGE_SIZE).cursor(cursor)), "thread_not_found");
            messages = response.getMessages();
            next = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
        }
        List<ChatHistory.Message> page = messages == null ? List.of() : messages.stream().map(SlackHistory::of).toList();
        return new ChatHistory(page, Optional.ofNullable(next).filter(c -> !c.isBlank()));
    }

    private static ChatHistory.Message of(Message m) {
        boolean byPerson = m.getBotId() == null && m.getUser() != null
                && (m.getSubtype() == null || BY_PEOPLE.contains(m.getSubtype()));
        return new ChatHistory.Message(m.getTs(), m.getThreadTs(), m.getUser(), m.getText(),
                m.getEdited() == null ? null : m.getEdited().getTs(), byPerson, m.getLatestReply(),
                "tombstone".equals(m.getSubtype()));
    }

    /** Display name, else real name, else handle; the id when Slack does not know the user. */
    String userName(String userId) throws ChatException {
        String cached = names.get(userId);
        if (cached != null) {
            return cached;
        }
        UsersInfoResponse response = calls.run("users.info", () -> slack.usersInfo(r -> r.user(userId)),
                "user_not_found");
        String name = Optional.ofNullable(response.getUser()).map(SlackHistory::nameOf).orElse(userId);
        names.put(userId, name);
        return name;
    }

    private static String nameOf(User user) {
        User.Profile profile = user.getProfile();
        if (profile != null && profile.getDisplayName() != null && !profile.getDisplayName().isBlank()) {
            return profile.getDisplayName();
        }
        if (user.getRealName() != null && !user.getRealName().isBlank()) {
            return user.getRealName();
        }
        return user.getName() != null ? user.getName() : user.getId();
    }
}
