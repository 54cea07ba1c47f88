package io.hikeshi.alerts;

import io.hikeshi.logging.LoggedFailure;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The HTTP edge of alerts: {@code POST /alerts/alertmanager}, {@code /alerts/grafana}, {@code /alerts/webhook}. The
 * bearer secret is checked before the body is read; the sender gets its 200 only once the notification is
 * committed, a 4xx with the reason when it cannot be taken (nothing is stored then), and a 503 when the database
 * does not answer (senders retry those).
 */
@Path("/alerts")
public class AlertsResource {

    private static final Logger LOG = Logger.getLogger(AlertsResource.class);

    private final AlertTokens tokens;
    private final AlertIntake intake;
    private final AlertMetrics metrics;
    private final int maxBodyBytes;

    AlertsResource(AlertTokens tokens, AlertIntake intake, AlertMetrics metrics, AlertsConfig config) {
        this.tokens = tokens;
        this.intake = intake;
        this.metrics = metrics;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    @POST
    @Path("/{source}")
    @Blocking
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("source") String path, @HeaderParam("Authorization") String authorization,
                            @HeaderParam("Content-Length") String contentLength, InputStream body) {
        AlertSource source = source(path);
        if (source == null || !tokens.enabled(source)) {
            // An endpoint without a secret is off, as if it did not exist.
            return answer(404, Map.of("error", "not found"));
        }
        if (!tokens.accepts(source, authorization)) {
            metrics.refused(source, "unauthorized");
            return Response.status(401).header("WWW-Authenticate", "Bearer realm=\"hikeshi alerts\"")
                    .type(MediaType.APPLICATION_JSON).entity(Map.of("error", "missing or wrong bearer token")).build();
        }
        try {
            byte[] bytes = read(contentLength, body);
            Notification notification = switch (source) {
                case WEBHOOK -> WebhookPayload.read(bytes);
                default -> GroupedPayload.read(source, bytes);
            };
            AlertIntake.Receipt receipt = intake.receive(notification);
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("status", receipt.repeated() ? "unchanged" : "stored");
            stored.put("group", receipt.groupId());
            stored.put("changes", receipt.changes());
            stored.put("action", receipt.action().toLowerCase(java.util.Locale.ROOT));
            return answer(200, stored);
        } catch (InvalidAlertException e) {
            metrics.refused(source, String.valueOf(e.status()));
            LOG.infof("Refused a %s notification: %d (%d characters of reason)", source.key(), e.status(),
                    e.getMessage().length());
            return answer(e.status(), Map.of("error", e.getMessage()));
        } catch (RuntimeException e) {
            metrics.refused(source, "unavailable");
            LOG.errorf("Could not store a %s notification: %s", source.key(), LoggedFailure.describe(e));
            return Response.status(503).header("Retry-After", "10").type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "the notification could not be stored; send it again")).build();
        }
    }

    private byte[] read(String contentLength, InputStream body) throws InvalidAlertException {
        String tooLarge = "the body is larger than " + maxBodyBytes + " bytes (HIKESHI_ALERTS_MAX_BODY_BYTES)";
        try {
            if (contentLength != null && Long.parseLong(contentLength.strip()) > maxBodyBytes) {
                throw new InvalidAlertException(413, tooLarge);
            }
        } catch (NumberFormatException e) {
            throw new InvalidAlertException(400, "Content-Length is not a number");
        }
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw new InvalidAlertException(413, tooLarge);
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidAlertException(400, "the body could not be read");
        }
    }

    private static AlertSource source(String path) {
        for (AlertSource source : AlertSource.values()) {
            if (source.key().equals(path)) {
                return source;
            }
        }
        return null;
    }

    private static Response answer(int status, Map<String, ?> entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}
