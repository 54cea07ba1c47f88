package io.hikeshi.slack;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatHistory;
import io.hikeshi.chat.ThreadReplies;
import io.hikeshi.outbox.OutboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads a thread with conversations.replies, 200 messages a page, following the cursor to the end. A 429 is waited
 * out for Slack's Retry-After (at most {@code hikeshi.outbox.max-retry-after}) and the same page asked again, so a
 * thread of thousands of replies is read whole however often Slack asks us to slow down; after
 * {@link #MAX_WAITS} waits the read fails as rate limited and its outbox entry tries again later.
 */
@ApplicationScoped
class SlackThreadReplies implements ThreadReplies {

    private static final Logger LOG = Logger.getLogger(SlackThreadReplies.class);
    static final int MAX_WAITS = 10;

    private final SlackHistory history;
    private final OutboxConfig outbox;

    SlackThreadReplies(SlackHistory history, OutboxConfig outbox) {
        this.history = history;
        this.outbox = outbox;
    }

    @Override
    public List<ChatHistory.Message> read(String channelId, String threadId) throws ChatException {
        List<ChatHistory.Message> messages = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int waits = 0;
        do {
            ChatHistory page;
            try {
                page = history.page(channelId, threadId, cursor.orElse(null));
            } catch (ChatException e) {
                if (e.kind() != ChatException.Kind.RATE_LIMITED || ++waits > MAX_WAITS) {
                    throw e;
                }
                pause(e.retryAfter().orElse(Duration.ofSeconds(30)));
                continue;
            }
            messages.addAll(page.messages());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return messages;
    }

    private void pause(Duration retryAfter) throws ChatException {
        Duration wait = retryAfter.compareTo(outbox.maxRetryAfter()) > 0 ? outbox.maxRetryAfter() : retryAfter;
        LOG.debugf("conversations.replies rate limited; waiting %d ms", wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChatException.rateLimited("conversations.replies", retryAfter);
        }
    }
}
