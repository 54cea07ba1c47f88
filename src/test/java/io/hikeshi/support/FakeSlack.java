package io.hikeshi.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Slack Web API as an in-process WireMock server: answers like Slack and records what was sent. */
public final class FakeSlack {

    public static final String BOT_USER = "UBOT";
    public static final String INCIDENT_CHANNEL = "CINC0001";

    private final WireMock wiremock;

    public FakeSlack(WireMock wiremock) {
        this.wiremock = wiremock;
    }

    /** Forgets earlier stubs and requests; every method then succeeds the way Slack's does. */
    public FakeSlack reset() {
        wiremock.resetToDefaultMappings();
        wiremock.resetRequests();
        answer("auth.test", "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"hikeshi\","
                + "\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BBOT\"}");
        answer("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"" + INCIDENT_CHANNEL
                + "\",\"name\":\"inc\",\"is_channel\":true,\"creator\":\"" + BOT_USER + "\"}}");
        for (String method : List.of("conversations.invite", "conversations.setTopic", "conversations.join",
                "pins.add", "views.open", "views.publish", "views.update", "chat.update")) {
            answer(method, "{\"ok\":true}");
        }
        answer("chat.postMessage", "{\"ok\":true,\"channel\":\"C\",\"ts\":\"1700000000.000100\"}");
        answer("chat.postEphemeral", "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}");
        answer("conversations.history", "{\"ok\":true,\"messages\":[],\"has_more\":false}");
        // Files are uploaded to the address Slack gives; here that is this fake server too.
        wiremock.register(post(urlEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson("{\"ok\":true,"
                + "\"upload_url\":\"{{request.baseUrl}}/upload/F0FILE\",\"file_id\":\"F0FILE\"}")
                .withTransformers("response-template")));
        wiremock.register(post(urlEqualTo("/upload/F0FILE")).willReturn(aResponse().withStatus(200).withBody("OK")));
        answer("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F0FILE\"}]}");
        answer("conversations.list", "{\"ok\":true,\"channels\":[],\"response_metadata\":{\"next_cursor\":\"\"}}");
        return this;
    }

    public void answer(String method, String json) {
        wiremock.register(post(urlEqualTo("/api/" + method)).willReturn(okJson(json)));
    }

    /** Slack knows this user by this display name (users.info for that id only). */
    public void knowsUser(String userId, String displayName) {
        wiremock.register(post(urlEqualTo("/api/users.info")).withRequestBody(containing("user=" + userId))
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\""
                        + displayName.toLowerCase() + "\",\"profile\":{\"display_name\":\"" + displayName + "\"}}}")));
    }

    /** Registers a custom stub, e.g. a scenario that fails first and succeeds later. */
    public void stub(MappingBuilder mapping) {
        wiremock.register(mapping);
    }

    public void answerStatus(String method, int status, String retryAfter) {
        var response = aResponse().withStatus(status).withBody("");
        if (retryAfter != null) {
            response = response.withHeader("Retry-After", retryAfter);
        }
        wiremock.register(post(urlEqualTo("/api/" + method)).willReturn(response));
    }

    /** Calls made to one Web API method, oldest first. */
    public List<LoggedRequest> calls(String method) {
        return wiremock.find(postRequestedFor(urlEqualTo("/api/" + method)));
    }

    /** Every call to any Web API method, oldest first. */
    public List<LoggedRequest> allCalls() {
        return wiremock.find(postRequestedFor(urlMatching("/api/.*")));
    }

    /** Bodies uploaded to the file upload address, oldest first. */
    public List<String> uploads() {
        return wiremock.find(postRequestedFor(urlEqualTo("/upload/F0FILE"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    /** The form fields of each call to one method, oldest first. */
    public List<Map<String, String>> forms(String method) {
        return calls(method).stream().map(request -> parseForm(request.getBodyAsString())).toList();
    }

    /** All the text in a Block Kit JSON array (or a view), unescaped, one piece per line. */
    public static String text(String blocksJson) {
        try {
            StringBuilder out = new StringBuilder();
            collectText(new ObjectMapper().readTree(blocksJson), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectText(JsonNode node, StringBuilder out) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && field.getKey().equals("text")) {
                out.append(field.getValue().asText()).append('\n');
            }
        });
        node.elements().forEachRemaining(child -> collectText(child, out));
    }

    public static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
