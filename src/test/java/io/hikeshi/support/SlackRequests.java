package io.hikeshi.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
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

    private SlackRequests() {
    }

    /** Form body of a slash command, as Slack sends it. */
    public static String slashCommand(String text, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", "T1");
        form.put("team_domain", "acme");
        form.put("channel_id", ORIGIN_CHANNEL);
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
}
