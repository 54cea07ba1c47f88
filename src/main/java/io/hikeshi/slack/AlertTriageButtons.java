package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.alerts.AlertTriage;
import io.hikeshi.chat.ChatException;
import io.hikeshi.logging.LoggedFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The buttons of an alert's triage message: Declare opens the declare form filled in from the alerts (the trigger
 * id lasts three seconds, so it opens at once); Dismiss records who dismissed it and updates the message.
 */
@ApplicationScoped
class AlertTriageButtons {

    private static final Logger LOG = Logger.getLogger(AlertTriageButtons.class);

    private final AlertTriage triage;
    private final DeclareModal modal;

    AlertTriageButtons(AlertTriage triage, DeclareModal modal) {
        this.triage = triage;
        this.modal = modal;
    }

    Response declare(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<Long> group = group(payload, AlertBlocks.DECLARE_ACTION);
        Optional<AlertTriage.Draft> draft = group.flatMap(triage::draft);
        if (draft.isEmpty()) {
            LOG.warnf("Ignored a Declare click on an alert group that does not exist (%s)", group.orElse(null));
            return ctx.ack();
        }
        try {
            modal.open(payload.getTriggerId(), channel(payload), DeclareModal.Prefill.fromAlertGroup(draft.get().title(),
                    draft.get().severity(), draft.get().description(), group.get()));
        } catch (ChatException e) {
            LOG.warnf("Could not open the declare form from alert group %d: %s", group.get(),
                    LoggedFailure.describe(e));
        }
        return ctx.ack();
    }

    Response dismiss(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        group(payload, AlertBlocks.DISMISS_ACTION).ifPresent(id -> triage.dismiss(id, payload.getUser().getId()));
        return ctx.ack();
    }

    private static Optional<Long> group(BlockActionPayload payload, String actionId) {
        return payload.getActions().stream().filter(action -> actionId.equals(action.getActionId()))
                .map(BlockActionPayload.Action::getValue).filter(value -> value != null && value.matches("[0-9]{1,18}"))
                .map(Long::parseLong).findFirst();
    }

    private static String channel(BlockActionPayload payload) {
        return payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
    }
}
