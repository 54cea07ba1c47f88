package io.hikeshi.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.hikeshi.logging.LoggedFailure;
import io.smallrye.common.annotation.Blocking;
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
 * signature is checked over exactly what Slack signed, then handed to Bolt.
 */
@Path("/slack/events")
public class SlackEventsResource {

    private static final Logger LOG = Logger.getLogger(SlackEventsResource.class);

    private final Optional<App> app;
    private final Optional<SlackRequestVerifier> verifier;
    private final Optional<SlackRequestParser> parser;

    SlackEventsResource(BoltApp bolt, SlackConfig config, Clock clock) {
        this.app = config.httpMode() ? bolt.app() : Optional.empty();
        this.verifier = config.signingSecret()
                .map(secret -> new SlackRequestVerifier(secret, config.maxClockSkewSeconds(), clock));
        this.parser = app.map(a -> new SlackRequestParser(a.config()));
    }

    /** Runs on a worker thread (handlers use the database); an answer that must wait is sent when it is ready. */
    @POST
    @Blocking
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public CompletionStage<Response> receive(String body, @Context HttpHeaders headers,
                                             @Context HttpServerRequest http) {
        if (app.isEmpty()) {
            return CompletableFuture.completedFuture(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.TEXT_PLAIN)
                    .entity("Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.").build());
        }
        String timestamp = headers.getHeaderString("X-Slack-Request-Timestamp");
        String signature = headers.getHeaderString("X-Slack-Signature");
        if (!verifier.get().isValid(timestamp, signature, body)) {
            return CompletableFuture.completedFuture(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.TEXT_PLAIN).entity("invalid signature or timestamp").build());
        }
        Request<?> request = parser.get().parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of())
                .headers(new RequestHeaders(headersOf(headers)))
                .requestBody(body)
                .remoteAddress(http.remoteAddress() == null ? null : http.remoteAddress().host())
                .build());
        DeferredAck.allow(request);
        try {
            com.slack.api.bolt.response.Response answer = app.get().run(request);
            return answer instanceof DeferredAck deferred ? deferred.later().thenApply(SlackEventsResource::toJaxRs)
                    : CompletableFuture.completedFuture(toJaxRs(answer));
        } catch (Exception e) {
            LOG.errorf("Could not handle a Slack %s request: %s", request.getRequestType(), LoggedFailure.describe(e));
            return CompletableFuture.completedFuture(Response.serverError().type(MediaType.TEXT_PLAIN)
                    .entity("could not handle the request").build());
        }
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
