package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.incident.IncidentPrivacy;
import io.hikeshi.logging.LoggedFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The commander confirmed "Make INC-n public" (the button under {@code /incident public}, behind Slack's confirmation
 * dialog): the incident becomes public and its channel is told. Someone else's click changes nothing and is answered
 * privately.
 */
@ApplicationScoped
class MakePublicButton {

    private static final Logger LOG = Logger.getLogger(MakePublicButton.class);

    private final IncidentPrivacy privacy;
    private final IncidentEffects effects;

    MakePublicButton(IncidentPrivacy privacy, IncidentEffects effects) {
        this.privacy = privacy;
        this.effects = effects;
    }

    Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String user = payload.getUser().getId();
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        for (BlockActionPayload.Action action : payload.getActions()) {
            if (!PrivacyCommand.MAKE_PUBLIC_ACTION.equals(action.getActionId())) {
                continue;
            }
            long number;
            try {
                number = Long.parseLong(action.getValue());
            } catch (NumberFormatException | NullPointerException e) {
                LOG.warnf("Ignored a Make public click without an incident number (a value of %d characters)",
                        action.getValue() == null ? 0 : action.getValue().length());
                continue;
            }
            try {
                privacy.makePublic(number, user);
            } catch (IncidentPrivacy.RefusedException e) {
                if (channel != null) {
                    QuarkusTransaction.requiringNew().run(() ->
                            effects.tellPrivatelyIn(number, channel, user, ChatText.of(e.getMessage())));
                }
            } catch (RuntimeException e) {
                LOG.errorf("Could not make incident %d public: %s", number, LoggedFailure.describe(e));
                return Response.builder().statusCode(503).build();
            }
        }
        return ctx.ack();
    }
}
