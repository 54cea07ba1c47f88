package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.runbook.RunbookPosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** A click on "Post" next to a runbook in the {@code /incident runbook} list. */
@ApplicationScoped
class RunbookPostButton {

    private static final Logger LOG = Logger.getLogger(RunbookPostButton.class);

    private final IncidentCards incidents;
    private final RunbookPosts posts;
    private final SlackConfig config;

    RunbookPostButton(IncidentCards incidents, RunbookPosts posts, SlackConfig config) {
        this.incidents = incidents;
        this.posts = posts;
        this.config = config;
    }

    Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String channel = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
        Optional<IncidentCard> incident = channel == null ? Optional.empty() : incidents.byChannel(channel);
        if (incident.isEmpty()) {
            LOG.warnf("Ignored a runbook Post click outside an incident channel (%s)", channel);
            return ctx.ack();
        }
        for (BlockActionPayload.Action action : payload.getActions()) {
            if (RunbookListBlocks.POST_ACTION.equals(action.getActionId()) && action.getValue() != null) {
                // The same click retried by Slack carries the same action time; a second click is a new post.
                String key = "runbook-post:" + payload.getUser().getId() + ":" + action.getActionTs();
                posts.postClicked(key, incident.get().number(), action.getValue(), payload.getUser().getId(), channel,
                        config.command() + " runbook");
            }
        }
        return ctx.ack();
    }
}
