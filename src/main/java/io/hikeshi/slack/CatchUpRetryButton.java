package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.catchup.CatchUps;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** "Try the AI catch-up again" under an automatic catch-up: a new private catch-up replaces the message clicked. */
@ApplicationScoped
class CatchUpRetryButton {

    private static final Logger LOG = Logger.getLogger(CatchUpRetryButton.class);

    private final CatchUps catchUps;

    CatchUpRetryButton(CatchUps catchUps) {
        this.catchUps = catchUps;
    }

    Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        for (BlockActionPayload.Action action : payload.getActions()) {
            if (CatchUpBlocks.RETRY_ACTION.equals(action.getActionId()) && payload.getResponseUrl() != null) {
                try {
                    catchUps.request(new CatchUps.Request(Long.parseLong(action.getValue()), payload.getUser().getId(),
                            CatchUps.Audience.PRIVATE, payload.getResponseUrl(), false));
                } catch (NumberFormatException e) {
                    LOG.warnf("Ignored a retry click without an incident number (a value of %d characters)",
                            action.getValue() == null ? 0 : action.getValue().length());
                }
            }
        }
        return ctx.ack();
    }
}
