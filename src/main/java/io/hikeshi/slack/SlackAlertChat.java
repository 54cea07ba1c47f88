package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import io.hikeshi.alerts.AlertChat;
import io.hikeshi.alerts.TriageMessage;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@link AlertChat} on Slack, rendered by {@link AlertBlocks}. */
@ApplicationScoped
class SlackAlertChat implements AlertChat {

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackPoster poster;

    SlackAlertChat(MethodsClient slack, SlackCalls calls, SlackPoster poster) {
        this.slack = slack;
        this.calls = calls;
        this.poster = poster;
    }

    @Override
    public String postTriage(String channelId, TriageMessage message, Delivery delivery) throws ChatException {
        return poster.post(channelId, null, AlertBlocks.message(message), AlertBlocks.fallback(message), delivery);
    }

    @Override
    public void updateTriage(String channelId, String messageId, TriageMessage message) throws ChatException {
        calls.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channelId).ts(messageId)
                .text(AlertBlocks.fallback(message)).blocks(AlertBlocks.message(message))));
    }
}
