package io.hikeshi.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.CompletionStage;

/**
 * An acknowledgement that Slack may get only once the work it confirms is durable. Over HTTP the events resource
 * answers when {@link #later()} completes, so no worker thread waits meanwhile; over Socket Mode, where Bolt sends
 * the handler's answer itself, handlers are not allowed to defer and wait instead.
 */
final class DeferredAck extends Response {

    private static final String DEFERRABLE = "hikeshi.ack-may-be-deferred";

    private final CompletionStage<Response> later;

    DeferredAck(CompletionStage<Response> later) {
        this.later = later;
        setStatusCode(200);
    }

    /** The answer to send, once it is known. */
    CompletionStage<Response> later() {
        return later;
    }

    /** Called by the HTTP adapter, which knows how to send a deferred answer. */
    static void allow(Request<?> request) {
        request.getContext().getAdditionalValues().put(DEFERRABLE, "true");
    }

    static boolean allowed(Context ctx) {
        return ctx.getAdditionalValues().containsKey(DEFERRABLE);
    }
}
