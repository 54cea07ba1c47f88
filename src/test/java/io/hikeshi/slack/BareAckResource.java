package io.hikeshi.slack;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The floor of every Slack ack, for benchmarks: through the same HTTP server, checks the signature on a worker thread
 * and answers 200 with an empty body, and does nothing else. Test code only.
 */
@Path("/bench/bare-ack")
public class BareAckResource {

    private final SlackRequestVerifier verifier;

    BareAckResource(SlackConfig config, Clock clock) {
        this.verifier = new SlackRequestVerifier(config.signingSecret().orElse("unset"), config.maxClockSkewSeconds(),
                clock);
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    public Response ack(String body, @Context HttpHeaders headers) {
        boolean valid = verifier.isValid(headers.getHeaderString("X-Slack-Request-Timestamp"),
                headers.getHeaderString("X-Slack-Signature"), body);
        return valid ? Response.ok().build() : Response.status(Response.Status.UNAUTHORIZED).build();
    }
}
