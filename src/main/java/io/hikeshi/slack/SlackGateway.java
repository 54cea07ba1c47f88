package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.response.ResponseTypes;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.view.View;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.CatchUp;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatHistory;
import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.chat.PostmortemNotice;
import io.hikeshi.chat.PostedRunbook;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link ChatGateway} on Slack's Web API. */
@ApplicationScoped
class SlackGateway implements ChatGateway {

    static final String DELIVERY_EVENT = "hikeshi_delivery";

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackLookups lookups;
    private final SlackConfig config;
    private final ResponseUrls responseUrls;
    private final FileShare files;
    private final SlackHistory history;

    SlackGateway(MethodsClient slack, SlackCalls calls, SlackLookups lookups, SlackConfig config,
                 ResponseUrls responseUrls, FileShare files, SlackHistory history) {
        this.files = files;
        this.slack = slack;
        this.calls = calls;
        this.lookups = lookups;
        this.config = config;
        this.responseUrls = responseUrls;
        this.history = history;
    }

    @Override
    public Optional<String> createChannel(String name) throws ChatException {
        ConversationsCreateResponse response = calls.run("conversations.create",
                () -> slack.conversationsCreate(r -> r.name(name).isPrivate(false)), "name_taken");
        return response.isOk() ? Optional.of(response.getChannel().getId()) : Optional.empty();
    }

    @Override
    public Optional<String> findOwnChannel(String name, Instant notBefore) throws ChatException {
        return lookups.ownChannel(name, notBefore);
    }

    @Override
    public void invite(String channelId, List<String> userIds) throws ChatException {
        calls.run("conversations.invite", () -> slack.conversationsInvite(r -> r.channel(channelId).users(userIds)),
                "already_in_channel", "cant_invite_self");
    }

    @Override
    public void setIncidentTopic(String channelId, IncidentCard card) throws ChatException {
        calls.run("conversations.setTopic",
                () -> slack.conversationsSetTopic(r -> r.channel(channelId).topic(CardBlocks.topic(card, config.command()))));
    }

    @Override
    public String postIncidentCard(String channelId, IncidentCard card, Delivery delivery) throws ChatException {
        return post(channelId, null, CardBlocks.card(card, config.command()), CardBlocks.fallback(card), delivery);
    }

    @Override
    public void updateIncidentCard(String channelId, String messageId, IncidentCard card) throws ChatException {
        calls.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channelId).ts(messageId)
                .text(CardBlocks.fallback(card)).blocks(CardBlocks.card(card, config.command()))));
    }

    @Override
    public String postMessage(String channelId, String threadId, ChatText text, Delivery delivery)
            throws ChatException {
        String mrkdwn = SlackText.mrkdwn(text, config.command(), 3000);
        List<LayoutBlock> blocks = List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText(mrkdwn))));
        return post(channelId, threadId, blocks, mrkdwn, delivery);
    }

    @Override
    public void postDirect(String userId, ChatText text) throws ChatException {
        String mrkdwn = SlackText.mrkdwn(text, config.command(), 3000);
        calls.run("chat.postMessage", () -> slack.chatPostMessage(r -> r.channel(userId).text(mrkdwn)
                .unfurlLinks(false).unfurlMedia(false)));
    }

    @Override
    public void pin(String channelId, String messageId) throws ChatException {
        calls.run("pins.add", () -> slack.pinsAdd(r -> r.channel(channelId).timestamp(messageId)), "already_pinned");
    }

    @Override
    public String postAnnouncement(String channelId, IncidentCard card, Delivery delivery) throws ChatException {
        String text = "Declared " + CardBlocks.fallback(card);
        return post(channelId, null, CardBlocks.announcement(card), text, delivery);
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
    public void replaceActionItemList(String replyAddress, IncidentCard card) throws ChatException {
        // A list older than Slack keeps response URLs for can no longer change; the card still shows the truth.
        responseUrls.send(replyAddress, ActionResponse.builder().replaceOriginal(true)
                .responseType(ResponseTypes.ephemeral).text(ActionItemBlocks.listText(card))
                .blocks(ActionItemBlocks.list(card, config.command())).build(), "expired_url");
    }

    @Override
    public String postPostmortemNotice(String channelId, String threadId, PostmortemNotice notice, Delivery delivery)
            throws ChatException {
        return post(channelId, threadId, PostmortemBlocks.notice(notice), PostmortemBlocks.fallback(notice), delivery);
    }

    @Override
    public void shareFile(String channelId, SharedFile file) throws ChatException {
        files.share(channelId, file);
    }

    @Override
    public void publishHome(String userId, List<IncidentCard> openIncidents) throws ChatException {
        View home = View.builder().type("home").blocks(ListBlocks.home(openIncidents, config.command())).build();
        calls.run("views.publish", () -> slack.viewsPublish(r -> r.userId(userId).view(home)));
    }

    @Override
    public ChatHistory history(String channelId, String threadId, String cursor) throws ChatException {
        return history.page(channelId, threadId, cursor);
    }

    @Override
    public String userName(String userId) throws ChatException {
        return history.userName(userId);
    }

    @Override
    public void postCatchUp(String channelId, CatchUp catchUp, Delivery delivery) throws ChatException {
        post(channelId, null, CatchUpBlocks.blocks(catchUp, lookups.workspaceUrl()), CatchUpBlocks.fallback(catchUp),
                delivery);
    }

    @Override
    public void replyWithCatchUp(String replyAddress, CatchUp catchUp) throws ChatException {
        responseUrls.send(replyAddress, ActionResponse.builder().replaceOriginal(true)
                .responseType(ResponseTypes.ephemeral).text(CatchUpBlocks.fallback(catchUp))
                .blocks(CatchUpBlocks.blocks(catchUp, lookups.workspaceUrl())).build());
    }

    @Override
    public void sendCatchUp(String userId, CatchUp catchUp) throws ChatException {
        List<LayoutBlock> blocks = CatchUpBlocks.blocks(catchUp, lookups.workspaceUrl());
        calls.run("chat.postMessage", () -> slack.chatPostMessage(r -> r.channel(userId)
                .text(CatchUpBlocks.fallback(catchUp)).blocks(blocks).unfurlLinks(false).unfurlMedia(false)));
    }

    @Override
    public List<String> postRunbook(String channelId, PostedRunbook runbook, Delivery delivery) throws ChatException {
        List<List<RunbookMrkdwn.Piece>> layout = RunbookBlocks.layout(runbook);
        List<String> messageIds = new ArrayList<>();
        for (int part = 0; part < layout.size(); part++) {
            // Each message is its own delivery, so a retry finds the parts an interrupted attempt posted.
            Delivery partDelivery = new Delivery(delivery.key() + "-" + part, delivery.since(), delivery.retry());
            messageIds.add(post(channelId, null, RunbookBlocks.message(runbook, layout, part),
                    RunbookBlocks.fallback(runbook, part, layout.size()), partDelivery));
        }
        return messageIds;
    }

    @Override
    public void updateRunbookItem(String channelId, List<String> messageIds, PostedRunbook runbook, int item)
            throws ChatException {
        List<List<RunbookMrkdwn.Piece>> layout = RunbookBlocks.layout(runbook);
        Optional<Integer> part = RunbookBlocks.messageOf(layout, item).filter(p -> p < messageIds.size());
        if (part.isPresent()) {
            calls.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channelId).ts(messageIds.get(part.get()))
                    .text(RunbookBlocks.fallback(runbook, part.get(), layout.size()))
                    .blocks(RunbookBlocks.message(runbook, layout, part.get()))));
        }
    }

    /**
     * Posts once per delivery: the message carries the delivery key as metadata, and a retry first looks for a
     * message with that key posted since the first attempt. Joins public channels it is not in yet.
     */
    private String post(String channelId, String threadId, List<LayoutBlock> blocks, String text, Delivery delivery)
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
