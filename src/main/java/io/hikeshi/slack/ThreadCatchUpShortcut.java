package io.hikeshi.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.catchup.ThreadCatchUps;
import jakarta.enterprise.context.ApplicationScoped;

/** The "Summarize thread" message shortcut: queues a catch-up of the message's thread for the clicker and acks. */
@ApplicationScoped
class ThreadCatchUpShortcut {

    static final String CALLBACK_ID = "summarize_thread";

    private final ThreadCatchUps catchUps;

    ThreadCatchUpShortcut(ThreadCatchUps catchUps) {
        this.catchUps = catchUps;
    }

    Response handle(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload payload = request.getPayload();
        var message = payload.getMessage();
        String thread = message.getThreadTs() == null ? message.getTs() : message.getThreadTs();
        catchUps.request(new ThreadCatchUps.Request(payload.getChannel().getId(), payload.getChannel().getName(),
                thread, payload.getUser().getId(), payload.getResponseUrl()));
        return ctx.ack();
    }
}
