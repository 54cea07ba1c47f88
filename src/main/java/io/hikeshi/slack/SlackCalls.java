package io.hikeshi.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.hikeshi.chat.ChatException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Runs one Web API call and turns every way it can fail into a classified {@link ChatException}, counting errors
 * by method and code for /q/metrics. Bolt's client sends blindly, so rate limits are honoured here and by the outbox.
 */
@ApplicationScoped
class SlackCalls {

    private static final Logger LOG = Logger.getLogger(SlackCalls.class);
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "rate_limited", "team_added_to_org", "timeout");

    private final MeterRegistry registry;

    SlackCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A Web API call. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    /** Runs the call; a response with ok=false and an error in {@code tolerated} is returned, not thrown. */
    <T extends SlackApiTextResponse> T run(String method, Call<T> call, String... tolerated) throws ChatException {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            throw httpFailure(method, e);
        } catch (IOException e) {
            count(method, "network_error");
            throw ChatException.transientFailure(method, "network error: " + e.getClass().getSimpleName(), e);
        }
        if (response.isOk() || Set.of(tolerated).contains(response.getError())) {
            return response;
        }
        String error = response.getError();
        count(method, error);
        if (TRANSIENT.contains(error)) {
            throw ChatException.transientFailure(method, error, null);
        }
        LOG.warnf("Slack %s answered %s", method, error);
        throw ChatException.permanent(method, error);
    }

    private ChatException httpFailure(String method, SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
            count(method, "ratelimited");
            return ChatException.rateLimited(method, retryAfter(e.getResponse().header("Retry-After")));
        }
        String code = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "http_" + status;
        count(method, code);
        if (status >= 500 || TRANSIENT.contains(code)) {
            return ChatException.transientFailure(method, code, e);
        }
        return ChatException.permanent(method, code);
    }

    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (RuntimeException e) {
            return Duration.ofSeconds(30);
        }
    }

    private void count(String method, String error) {
        Counter.builder("hikeshi.slack.api.errors")
                .description("Slack Web API calls that failed, by method and error")
                .tag("method", method)
                .tag("error", error == null ? "unknown" : error)
                .register(registry)
                .increment();
    }
}
