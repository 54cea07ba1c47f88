package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts messages once per {@link Delivery}, for every chat port that posts in a channel. */
@ApplicationScoped
class SlackPoster {

    static final String DELIVERY_EVENT = "hikeshi_delivery";

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackLookups lookups;

    SlackPoster(MethodsClient slack, SlackCalls calls, SlackLookups lookups) {
        this.slack = slack;
        this.calls = calls;
        this.lookups = lookups;
    }

    /**
     * Posts once per delivery: the message carries the delivery key as metadata, and a retry first looks for a
     * message with that key posted since the first attempt. Joins public channels it is not in yet.
     */
    String post(String channelId, String threadId, List<LayoutBlock> blocks, String text, Delivery delivery)
            throws ChatException {
        if (delivery.retry()) {
            Optional<String> earlier = lookups.delivered(channelId, threadId, delivery.key(), delivery.since());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Message.Metadata metadata = new Message.Metadata(DELIVERY_EVENT, Map.of("key", delivery.key()));
        SlackCalls.Call<ChatPostMessageResponse> send = () -> slack.chatPostMessage(r -> r.channel(channelId)
                .threadTs(threadId).text(text).blocks(blocks).metadata(metadata).unfurlLinks(false).unfurlMedia(false));
        ChatPostMessageResponse response = calls.run("chat.postMessage", send, "not_in_channel");
        if (!response.isOk()) {
            calls.run("conversations.join", () -> slack.conversationsJoin(r -> r.channel(channelId)));
            response = calls.run("chat.postMessage", send);
        }
        return response.getTs();
    }
}
