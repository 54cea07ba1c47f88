package io.hikeshi.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.webhook.WebhookResponse;
import io.hikeshi.chat.ChatException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Set;

/**
 * Answers through the response URL that comes with a click: the only way to change a private (ephemeral) message.
 * Failures are classified like Web API calls; the URL itself is never logged, it is a short-lived credential.
 */
@ApplicationScoped
class ResponseUrls {

    private static final String OPERATION = "response_url";

    private final Slack slack;

    ResponseUrls(Slack slack) {
        this.slack = slack;
    }

    /** Sends the response; a refusal whose error is in {@code tolerated} is taken as nothing left to do. */
    void send(String url, ActionResponse response, String... tolerated) throws ChatException {
        WebhookResponse answer;
        try {
            answer = new Responder(slack, url).send(response);
        } catch (IOException e) {
            throw ChatException.transientFailure(OPERATION, "network error: " + e.getClass().getSimpleName(), e);
        }
        int status = answer.getCode() == null ? 0 : answer.getCode();
        if (status >= 200 && status < 300) {
            return;
        }
        if (status == 429) {
            throw ChatException.rateLimited(OPERATION, SlackCalls.retryAfter(header(answer, "Retry-After")));
        }
        if (status >= 500) {
            throw ChatException.transientFailure(OPERATION, "http_" + status, null);
        }
        // Slack answers e.g. 404 expired_url after 30 minutes or five uses; trying again cannot help.
        String body = answer.getBody() == null ? "" : answer.getBody().strip();
        if (Set.of(tolerated).contains(body)) {
            return;
        }
        throw ChatException.permanent(OPERATION, body.matches("[a-z_]{1,40}") ? body : "http_" + status);
    }

    private static String header(WebhookResponse answer, String name) {
        if (answer.getHeaders() == null) {
            return null;
        }
        return answer.getHeaders().entrySet().stream()
                .filter(header -> name.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0))
                .findFirst().orElse(null);
    }
}
