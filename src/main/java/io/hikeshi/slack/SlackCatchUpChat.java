package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.response.ResponseTypes;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.catchup.CatchUp;
import io.hikeshi.catchup.CatchUpChat;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The {@link CatchUpChat} on Slack, rendered by {@link CatchUpBlocks}. */
@ApplicationScoped
class SlackCatchUpChat implements CatchUpChat {

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackLookups lookups;
    private final SlackPoster poster;
    private final ResponseUrls responseUrls;

    SlackCatchUpChat(MethodsClient slack, SlackCalls calls, SlackLookups lookups, SlackPoster poster,
                     ResponseUrls responseUrls) {
        this.slack = slack;
        this.calls = calls;
        this.lookups = lookups;
        this.poster = poster;
        this.responseUrls = responseUrls;
    }

    @Override
    public void post(String channelId, CatchUp catchUp, Delivery delivery) throws ChatException {
        poster.post(channelId, null, CatchUpBlocks.blocks(catchUp, lookups.workspaceUrl()),
                CatchUpBlocks.fallback(catchUp), delivery);
    }

    @Override
    public void reply(String replyAddress, CatchUp catchUp) throws ChatException {
        responseUrls.send(replyAddress, ActionResponse.builder().replaceOriginal(true)
                .responseType(ResponseTypes.ephemeral).text(CatchUpBlocks.fallback(catchUp))
                .blocks(CatchUpBlocks.blocks(catchUp, lookups.workspaceUrl())).build());
    }

    @Override
    public void send(String userId, CatchUp catchUp) throws ChatException {
        List<LayoutBlock> blocks = CatchUpBlocks.blocks(catchUp, lookups.workspaceUrl());
        calls.run("chat.postMessage", () -> slack.chatPostMessage(r -> r.channel(userId)
                .text(CatchUpBlocks.fallback(catchUp)).blocks(blocks).unfurlLinks(false).unfurlMedia(false)));
    }
}
