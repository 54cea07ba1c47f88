package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Slack's {@code users.lookupByEmail} (scope users:read.email); the e-mail address is never logged. */
@ApplicationScoped
class SlackUserDirectory implements UserDirectory {

    private static final String METHOD = "users.lookupByEmail";

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackConfig config;

    SlackUserDirectory(MethodsClient slack, SlackCalls calls, SlackConfig config) {
        this.slack = slack;
        this.calls = calls;
        this.config = config;
    }

    @Override
    public Optional<String> userIdByEmail(String email) throws ChatException {
        if (config.botToken().filter(t -> !t.isBlank()).isEmpty()) {
            throw ChatException.permanent(METHOD, "no_bot_token");
        }
        UsersLookupByEmailResponse response = calls.run(METHOD, () -> slack.usersLookupByEmail(r -> r.email(email)),
                "users_not_found");
        if (!response.isOk() || response.getUser() == null) {
            return Optional.empty();
        }
        // Deactivated accounts and bots are nobody to map a person to.
        if (response.getUser().isDeleted() || response.getUser().isBot()) {
            return Optional.empty();
        }
        return Optional.ofNullable(response.getUser().getId()).filter(id -> !id.isBlank());
    }
}
