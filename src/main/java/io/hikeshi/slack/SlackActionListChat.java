package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.response.ResponseTypes;
import io.hikeshi.actions.ActionListChat;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentCard;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@link ActionListChat} on Slack, rendered by {@link ActionItemBlocks}. */
@ApplicationScoped
class SlackActionListChat implements ActionListChat {

    private final ResponseUrls responseUrls;
    private final SlackConfig config;

    SlackActionListChat(ResponseUrls responseUrls, SlackConfig config) {
        this.responseUrls = responseUrls;
        this.config = config;
    }

    @Override
    public void replaceList(String replyAddress, IncidentCard card) throws ChatException {
        // A list older than Slack keeps response URLs for can no longer change; the card still shows the truth.
        responseUrls.send(replyAddress, ActionResponse.builder().replaceOriginal(true)
                .responseType(ResponseTypes.ephemeral).text(ActionItemBlocks.listText(card))
                .blocks(ActionItemBlocks.list(card, config.command())).build(), "expired_url");
    }
}
