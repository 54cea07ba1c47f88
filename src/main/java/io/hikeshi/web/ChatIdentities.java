package io.hikeshi.web;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Who a signed-in person is in the chat workspace, which decides the private incidents they see. Sign in with Slack
 * names the Slack user itself; any other provider's verified e-mail address is looked up in Slack, and the answer
 * kept for a while (found: 15 minutes, not found: 2 minutes) so that pages do not ask Slack on every request. When
 * Slack cannot answer, nothing is kept and the person counts as not mapped for that request.
 */
@ApplicationScoped
class ChatIdentities {

    static final String SLACK_USER_CLAIM = "https://slack.com/user_id";
    static final Duration FOUND_FOR = Duration.ofMinutes(15);
    static final Duration NOT_FOUND_FOR = Duration.ofMinutes(2);
    /** Past this many addresses, expired answers are dropped, and if that is not enough, all of them. */
    static final int MAX_ENTRIES = 10_000;

    private static final Logger LOG = Logger.getLogger(ChatIdentities.class);

    private record Answer(Optional<String> userId, Instant expires) {
    }

    private final UserDirectory directory;
    private final Clock clock;
    private final Map<String, Answer> byEmail = new ConcurrentHashMap<>();

    ChatIdentities(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The chat user id of the person these token claims describe; empty when they cannot be mapped. */
    Optional<String> userId(Function<String, Object> claims) {
        if (SignInPolicy.isSlack(SignInPolicy.text(claims.apply("iss")))) {
            String id = SignInPolicy.text(claims.apply(SLACK_USER_CLAIM));
            return Optional.ofNullable(id == null ? SignInPolicy.text(claims.apply("sub")) : id)
                    .filter(s -> !s.isBlank());
        }
        String email = SignInPolicy.text(claims.apply("email"));
        if (email == null || email.isBlank() || !SignInPolicy.isTrue(claims.apply("email_verified"))) {
            return Optional.empty();
        }
        return byEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    private Optional<String> byEmail(String email) {
        Instant now = clock.instant();
        Answer kept = byEmail.get(email);
        if (kept != null && now.isBefore(kept.expires())) {
            return kept.userId();
        }
        Optional<String> userId;
        try {
            userId = directory.userIdByEmail(email);
        } catch (ChatException e) {
            LOG.warnf("Could not map a signed-in person to a Slack user (%s answered %s): no private incidents"
                    + " for this request", e.operation(), e.code());
            return Optional.empty();
        }
        if (byEmail.size() >= MAX_ENTRIES) {
            byEmail.values().removeIf(a -> !now.isBefore(a.expires()));
            if (byEmail.size() >= MAX_ENTRIES) {
                byEmail.clear();
            }
        }
        byEmail.put(email, new Answer(userId, now.plus(userId.isPresent() ? FOUND_FOR : NOT_FOUND_FOR)));
        return userId;
    }
}
