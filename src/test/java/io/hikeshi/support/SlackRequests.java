package io.hikeshi.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds signed Slack requests, as Slack sends them, and POSTs them to the running app. */
public final class SlackRequests {

    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String DECLARER = "UDECLARER";
    public static final String ORIGIN_CHANNEL = "CORIGIN";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SlackRequests() {
    }

    /** Form body of a slash command, as Slack sends it. */
    public static String slashCommand(String text, String triggerId) {
        return slashCommand(text, triggerId, ORIGIN_CHANNEL);
    }

    /** A slash command typed in the given channel, e.g. in an incident's own channel. */
    public static String slashCommand(String text, String triggerId, String channelId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", "T1");
        form.put("team_domain", "acme");
        form.put("channel_id", channelId);
        form.put("channel_name", "general");
        form.put("user_id", DECLARER);
        form.put("user_name", "alice");
        form.put("command", "/incident");
        form.put("text", text);
        form.put("api_app_id", "A1");
        form.put("response_url", "https://hooks.slack.com/commands/T1/1/abc");
        form.put("trigger_id", triggerId);
        return form(form);
    }

    public static String slashCommand(String text) {
        return slashCommand(text, "trigger-" + UUID.randomUUID());
    }

    /** Form body carrying an interaction payload (view submissions, block actions, shortcuts). */
    public static String interaction(String payloadJson) {
        return form(Map.of("payload", payloadJson));
    }

    public static ValidatableResponse postForm(String body) {
        return post(body, ContentType.URLENC, TestClock.now().getEpochSecond());
    }

    public static ValidatableResponse postJson(String body) {
        return post(body, ContentType.JSON, TestClock.now().getEpochSecond());
    }

    public static ValidatableResponse post(String body, ContentType type, long timestamp) {
        return given()
                .contentType(type.withCharset(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", sign(String.valueOf(timestamp), body))
                .body(body)
                .post("/slack/events")
                .then();
    }

    /**
     * Signs the body and POSTs it to the app listening on {@code port}, with any extra headers (e.g. Slack's retry
     * headers). Unlike REST Assured's global port, safe to use from many threads talking to several apps at once.
     */
    public static HttpResponse<String> send(int port, String body, ContentType type, Map<String, String> headers) {
        String timestamp = String.valueOf(TestClock.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", type.withCharset(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to port " + port, e);
        }
    }

    public static String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(
                    mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A submitted declare form, as Slack sends it. */
    public static String declareFormSubmission(String viewId, String title, String severity, String description, boolean drill) {
        return declareFormSubmission(viewId, title, severity, description, drill, null);
    }

    /** A submitted declare form naming services ({@code null}: the field left empty). */
    public static String declareFormSubmission(String viewId, String title, String severity, String description,
                                               boolean drill, String services) {
        return declareFormSubmission(viewId, title, severity, description, drill, services, false);
    }

    /** A submitted declare form, with its Private box ticked or not. */
    public static String declareFormSubmission(String viewId, String title, String severity, String description,
                                               boolean drill, String services, boolean privateIncident) {
        String servicesValue = services == null ? "null" : "\"" + services + "\"";
        String descriptionValue = description == null ? "null" : "\"" + description + "\"";
        String drillOptions = drill
                ? "[{\"text\":{\"type\":\"plain_text\",\"text\":\"drill\"},\"value\":\"drill\"}]" : "[]";
        String privateOptions = privateIncident
                ? "[{\"text\":{\"type\":\"plain_text\",\"text\":\"private\"},\"value\":\"private\"}]" : "[]";
        return """
                {"type":"view_submission","team":{"id":"T1","domain":"acme"},
                 "user":{"id":"UDECLARER","username":"alice","team_id":"T1"},
                 "api_app_id":"A1","token":"legacy","trigger_id":"t-%s",
                 "view":{"id":"%s","team_id":"T1","type":"modal","callback_id":"hikeshi_declare",
                   "private_metadata":"CORIGIN","hash":"h1","app_id":"A1","bot_id":"BBOT",
                   "state":{"values":{
                     "title":{"value":{"type":"plain_text_input","value":"%s"}},
                     "severity":{"value":{"type":"radio_buttons","selected_option":{"text":{"type":"plain_text","text":"%s"},"value":"%s"}}},
                     "description":{"value":{"type":"plain_text_input","value":%s}},
                     "services":{"value":{"type":"plain_text_input","value":%s}},
                     "drill":{"value":{"type":"checkboxes","selected_options":%s}},
                     "private":{"value":{"type":"checkboxes","selected_options":%s}}}}},
                 "response_urls":[]}
                """.formatted(viewId, viewId, title, severity, severity, descriptionValue, servicesValue,
                        drillOptions, privateOptions);
    }
}
