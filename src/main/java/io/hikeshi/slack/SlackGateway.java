package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatHistory;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The {@link ChatGateway} on Slack's Web API. */
@ApplicationScoped
class SlackGateway implements ChatGateway {

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackLookups lookups;
    private final SlackPoster poster;
    private final SlackConfig config;
    private final SlackHistory history;

    SlackGateway(MethodsClient slack, SlackCalls calls, SlackLookups lookups, SlackPoster poster, SlackConfig config,
                 SlackHistory history) {
        this.slack = slack;
        this.calls = calls;
        this.lookups = lookups;
        this.poster = poster;
        this.config = config;
        this.history = history;
    }

    @Override
    public String postMessage(String channelId, String threadId, ChatText text, Delivery delivery)
            throws ChatException {
        String mrkdwn = SlackText.mrkdwn(text, config.command(), 3000);
        List<LayoutBlock> blocks = List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText(mrkdwn))));
        return poster.post(channelId, threadId, blocks, mrkdwn, delivery);
    }

    @Override
    public void postDirect(String userId, ChatText text) throws ChatException {
        String mrkdwn = SlackText.mrkdwn(text, config.command(), 3000);
        calls.run("chat.postMessage", () -> slack.chatPostMessage(r -> r.channel(userId).text(mrkdwn)
                .unfurlLinks(false).unfurlMedia(false)));
    }

    @Override
    public void postEphemeral(String channelId, String userId, ChatText text) throws ChatException {
        String mrkdwn = SlackText.mrkdwn(text, config.command(), 3000);
        calls.run("chat.postEphemeral", () -> slack.chatPostEphemeral(r -> r.channel(channelId).user(userId)
                .text(mrkdwn)));
    }

    @Override
    public Optional<ChatMessage> fetchMessage(String channelId, String messageId) throws ChatException {
        return lookups.message(channelId, messageId);
    }

    @Override
    public ChatHistory history(String channelId, String threadId, String cursor) throws ChatException {
        return history.page(channelId, threadId, cursor);
    }

    @Override
    public String userName(String userId) throws ChatException {
        return history.userName(userId);
    }
}
