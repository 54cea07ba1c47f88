package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.model.view.View;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentRoomChat;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@link IncidentRoomChat} on Slack: the channel, the card ({@link CardBlocks}) and the home tab ({@link ListBlocks}). */
@ApplicationScoped
class SlackIncidentRoomChat implements IncidentRoomChat {

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackLookups lookups;
    private final SlackPoster poster;
    private final SlackConfig config;

    SlackIncidentRoomChat(MethodsClient slack, SlackCalls calls, SlackLookups lookups, SlackPoster poster,
                          SlackConfig config) {
        this.slack = slack;
        this.calls = calls;
        this.lookups = lookups;
        this.poster = poster;
        this.config = config;
    }

    @Override
    public Optional<String> createChannel(String name, boolean isPrivate) throws ChatException {
        ConversationsCreateResponse response = calls.run("conversations.create",
                () -> slack.conversationsCreate(r -> r.name(name).isPrivate(isPrivate)), "name_taken");
        return response.isOk() ? Optional.of(response.getChannel().getId()) : Optional.empty();
    }

    @Override
    public Optional<String> findOwnChannel(String name, boolean isPrivate, Instant notBefore) throws ChatException {
        return lookups.ownChannel(name, isPrivate, notBefore);
    }

    @Override
    public void invite(String channelId, List<String> userIds) throws ChatException {
        calls.run("conversations.invite", () -> slack.conversationsInvite(r -> r.channel(channelId).users(userIds)),
                "already_in_channel", "cant_invite_self");
    }

    @Override
    public void setTopic(String channelId, IncidentCard card) throws ChatException {
        calls.run("conversations.setTopic",
                () -> slack.conversationsSetTopic(r -> r.channel(channelId).topic(CardBlocks.topic(card, config.command()))));
    }

    @Override
    public String postCard(String channelId, IncidentCard card, Delivery delivery) throws ChatException {
        return poster.post(channelId, null, CardBlocks.card(card, config.command()), CardBlocks.fallback(card), delivery);
    }

    @Override
    public void updateCard(String channelId, String messageId, IncidentCard card) throws ChatException {
        calls.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channelId).ts(messageId)
                .text(CardBlocks.fallback(card)).blocks(CardBlocks.card(card, config.command()))));
    }

    @Override
    public void pin(String channelId, String messageId) throws ChatException {
        calls.run("pins.add", () -> slack.pinsAdd(r -> r.channel(channelId).timestamp(messageId)), "already_pinned");
    }

    @Override
    public String postAnnouncement(String channelId, IncidentCard card, Delivery delivery) throws ChatException {
        String text = "Declared " + CardBlocks.fallback(card);
        return poster.post(channelId, null, CardBlocks.announcement(card), text, delivery);
    }

    @Override
    public void publishHome(String userId, List<IncidentCard> openIncidents) throws ChatException {
        View home = View.builder().type("home").blocks(ListBlocks.home(openIncidents, config.command())).build();
        calls.run("views.publish", () -> slack.viewsPublish(r -> r.userId(userId).view(home)));
    }
}
