package io.hikeshi.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import io.hikeshi.logging.LoggedFailure;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Slack's HTTP entry point for slash commands, interactivity and the Events API. The body is read raw, so the
 * signature is checked over exactly what Slack signed, on the I/O thread; the request then waits its turn in
 * {@link SlackIntake} (events, which Slack sends as JSON, apart from commands and clicks, which come as forms), and
 * is parsed and handed to Bolt on a worker thread. A signed body that is not a Slack request gets a 400.
 */
@Path("/slack/events")
public class SlackEventsResource {

    private static final Logger LOG = Logger.getLogger(SlackEventsResource.class);

    private final BoltApp bolt;
    private final boolean configured;
    private final Optional<SlackRequestVerifier> verifier;
    private final SlackIntake intake;
    private volatile SlackRequestParser parser;

    SlackEventsResource(BoltApp bolt, SlackConfig config, Clock clock, SlackIntake intake) {
        // BoltApp is created on first use, on a worker thread: Bolt calls auth.test as it starts.
        this.bolt = bolt;
        this.configured = config.httpMode();
        this.verifier = config.signingSecret()
                .map(secret -> new SlackRequestVerifier(secret, config.maxClockSkewSeconds(), clock));
        this.intake = intake;
    }

    /** Answers when the handler's answer is ready; no thread waits meanwhile. */
    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public CompletionStage<Response> receive(String rawBody, @Context HttpHeaders headers,
                                             @Context HttpServerRequest http) {
        if (!configured) {
            return CompletableFuture.completedFuture(plain(503,
                    "Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET."));
        }
        String body = rawBody == null ? "" : rawBody;
        String timestamp = headers.getHeaderString("X-Slack-Request-Timestamp");
        String signature = headers.getHeaderString("X-Slack-Signature");
        if (!verifier.get().isValid(timestamp, signature, body)) {
            return CompletableFuture.completedFuture(plain(401, "invalid signature or timestamp"));
        }
        SlackRequestParser.HttpRequest request = SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of())
                .headers(new RequestHeaders(headersOf(headers)))
                .requestBody(body)
                .remoteAddress(http.remoteAddress() == null ? null : http.remoteAddress().host())
                .build();
        CompletionStage<com.slack.api.bolt.response.Response> answer = body.stripLeading().startsWith("{")
                ? intake.event(() -> handle(request)) : intake.person(() -> handle(request));
        return answer.handle((response, failure) -> {
            if (failure != null) {
                LOG.errorf("Could not handle a Slack request: %s", LoggedFailure.describe(failure));
                return plain(500, "could not handle the request");
            }
            return toJaxRs(response);
        });
    }

    private CompletionStage<com.slack.api.bolt.response.Response> handle(SlackRequestParser.HttpRequest http) {
        App app = bolt.app().orElseThrow();
        Optional<Request<?>> request = parse(app, http);
        if (request.isEmpty()) {
            // Signed, but not a request Slack sends: say so, and log only its size (the body is user data).
            LOG.infof("Refused a signed Slack request that could not be read (%d characters)",
                    http.getRequestBody().length());
            return CompletableFuture.completedFuture(com.slack.api.bolt.response.Response.builder().statusCode(400)
                    .contentType(MediaType.TEXT_PLAIN).body("not a Slack request this app understands").build());
        }
        DeferredAck.allow(request.get());
        try {
            com.slack.api.bolt.response.Response answer = app.run(request.get());
            return answer instanceof DeferredAck deferred ? deferred.later()
                    : CompletableFuture.completedFuture(answer);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Bolt's reading of the body; empty when it is not a request Slack sends (the parser's log is turned off). */
    private Optional<Request<?>> parse(App app, SlackRequestParser.HttpRequest http) {
        if (parser == null) {
            parser = new SlackRequestParser(app.config());
        }
        try {
            Request<?> request = parser.parse(http);
            if (request == null || request.getContext() == null) {
                return Optional.empty();
            }
            if (request instanceof EventRequest event && (event.getEventType() == null || event.getEventType().isBlank())) {
                return Optional.empty();
            }
            return Optional.of(request);
        } catch (RuntimeException e) {
            // Not JSON, or JSON of another shape; the exception's message quotes the body, so it is not logged.
            return Optional.empty();
        }
    }

    private static Response plain(int status, String text) {
        return Response.status(status).type(MediaType.TEXT_PLAIN).entity(text).build();
    }

    private static Map<String, List<String>> headersOf(HttpHeaders headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.getRequestHeaders().forEach(copy::put);
        return copy;
    }

    private static Response toJaxRs(com.slack.api.bolt.response.Response bolt) {
        Response.ResponseBuilder response = Response.status(bolt.getStatusCode());
        if (bolt.getHeaders() != null) {
            bolt.getHeaders().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        }
        if (bolt.getBody() != null) {
            response.entity(bolt.getBody()).type(bolt.getContentType() != null ? bolt.getContentType()
                    : MediaType.APPLICATION_JSON);
        }
        return response.build();
    }
}
