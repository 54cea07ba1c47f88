package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.actions.ActionItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** A click on "Done" next to an action item, on the incident card or in someone's private list. */
@ApplicationScoped
class ActionItemDoneButton {

    private static final Logger LOG = Logger.getLogger(ActionItemDoneButton.class);

    private final ActionItems actionItems;

    ActionItemDoneButton(ActionItems actionItems) {
        this.actionItems = actionItems;
    }

    Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        boolean ephemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
        for (BlockActionPayload.Action action : payload.getActions()) {
            if (!ActionItemBlocks.DONE_ACTION.equals(action.getActionId())) {
                continue;
            }
            // A private list can only be replaced through the response URL; the pinned card is refreshed anyway.
            boolean inPrivateList = ephemeral && action.getBlockId() != null
                    && action.getBlockId().startsWith(ActionItemBlocks.LIST_BLOCK_PREFIX);
            markDone(action.getValue(), payload.getUser().getId(),
                    inPrivateList ? Optional.ofNullable(payload.getResponseUrl()) : Optional.empty());
        }
        return ctx.ack();
    }

    private void markDone(String value, String userId, Optional<String> listToRefresh) {
        long itemId;
        try {
            itemId = Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            LOG.warnf("Ignored a Done click without an action item id (a value of %d characters)",
                    value == null ? 0 : value.length());
            return;
        }
        actionItems.markDone(itemId, userId, listToRefresh);
    }
}
