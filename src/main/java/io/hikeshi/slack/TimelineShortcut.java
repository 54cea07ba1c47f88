package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.MessageCapture;
import jakarta.enterprise.context.ApplicationScoped;

/** The "Add to incident timeline" message shortcut. */
@ApplicationScoped
class TimelineShortcut {

    static final String CALLBACK_ID = "add_to_timeline";

    private final MessageCapture capture;

    TimelineShortcut(MessageCapture capture) {
        this.capture = capture;
    }

    Response handle(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload payload = request.getPayload();
        String channel = payload.getChannel().getId();
        String ts = payload.getMessage().getTs();
        String author = payload.getMessage().getUser() != null ? payload.getMessage().getUser()
                : payload.getMessage().getBotId();
        capture.capture(new MessageCapture.CapturedMessage(channel, ts, author, payload.getMessage().getText(),
                permalink(payload.getTeam().getDomain(), channel, ts), payload.getUser().getId()));
        return ctx.ack();
    }

    /** Slack's permalink format, built without a Web API call so the shortcut is acknowledged at once. */
    static String permalink(String teamDomain, String channel, String ts) {
        if (teamDomain == null || teamDomain.isBlank()) {
            return null;
        }
        return "https://" + teamDomain + ".slack.com/archives/" + channel + "/p" + ts.replace(".", "");
    }
}
