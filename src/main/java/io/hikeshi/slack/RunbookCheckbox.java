package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.runbook.RunbookChecklist;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** A tick or untick of a checklist item in a posted runbook. */
@ApplicationScoped
class RunbookCheckbox {

    private static final Logger LOG = Logger.getLogger(RunbookCheckbox.class);

    private final RunbookChecklist checklist;
    private final SlackConfig config;

    RunbookCheckbox(RunbookChecklist checklist, SlackConfig config) {
        this.checklist = checklist;
        this.config = config;
    }

    Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        for (BlockActionPayload.Action action : payload.getActions()) {
            if (!RunbookBlocks.ITEM_ACTION.equals(action.getActionId())) {
                continue;
            }
            Optional<RunbookBlocks.ItemRef> item = RunbookBlocks.itemRef(action.getBlockId());
            if (item.isEmpty()) {
                LOG.warnf("Ignored a runbook checkbox without a known block id (%d characters)",
                        action.getBlockId() == null ? 0 : action.getBlockId().length());
                continue;
            }
            // One option per checkbox: selected means ticked, none means unticked.
            boolean ticked = action.getSelectedOptions() != null && !action.getSelectedOptions().isEmpty();
            checklist.set(new RunbookChecklist.Click(item.get().postId(), item.get().item(), ticked,
                    payload.getUser().getId(), channelOf(payload), config.command() + " runbook"));
        }
        return ctx.ack();
    }

    private static String channelOf(BlockActionPayload payload) {
        return payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
    }
}
