package io.hikeshi.chat;

import java.util.HashMap;
import java.util.Map;

/** The names people know users by, looked up once per user for one piece of work; the id when Slack cannot say. */
public final class UserNames {

    private final ChatGateway chat;
    private final Map<String, String> names = new HashMap<>();

    public UserNames(ChatGateway chat) {
        this.chat = chat;
    }

    /** The user's name, or the id itself when the lookup fails (the work goes on without it). */
    public String of(String userId) {
        return names.computeIfAbsent(userId, id -> {
            try {
                return chat.userName(id);
            } catch (ChatException e) {
                return id;
            }
        });
    }
}
