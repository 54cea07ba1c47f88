package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ReplyAddresses;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link ReplyAddresses} on Slack: an ephemeral message through the response URL of a shortcut or a click. */
@ApplicationScoped
class SlackReplyAddresses implements ReplyAddresses {

    private final ResponseUrls responseUrls;
    private final SlackConfig config;

    SlackReplyAddresses(ResponseUrls responseUrls, SlackConfig config) {
        this.responseUrls = responseUrls;
        this.config = config;
    }

    @Override
    public void tell(String replyAddress, ChatText text) throws ChatException {
        responseUrls.send(replyAddress, ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                .text(SlackText.mrkdwn(text, config.command(), 3000)).build());
    }
}
