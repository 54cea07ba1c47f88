package io.hikeshi.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat completions server in the test JVM. The app's LLM base URL points at the fake Slack's
 * WireMock under /llm/v1, which proxies to this server; it records every request and answers with whatever the
 * test sets (by default a digest citing the first and last message numbers it was given).
 */
public final class FakeLlm {

    /** What the fake model does with one request. */
    public record Reply(int status, String body, Duration delay) {
        public static Reply content(String content) {
            return new Reply(200, completion(content), Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}", Duration.ZERO);
        }
    }

    /** One request as the fake model saw it. */
    public record Call(String body, String system, String user, int maxTokens) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINE_NUMBER = Pattern.compile("(?m)^\\[(\\d+)]");
    private static final Pattern SOURCES = Pattern.compile("\"sources\":\\[([0-9,]*)]");
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private static volatile Function<Call, Reply> responder = FakeLlm::digestOfWhatWasGiven;
    private static HttpServer server;

    private FakeLlm() {
    }

    /** Starts the fake (once per JVM), routes /llm/v1 of the WireMock to it, and restores the default answer. */
    public static synchronized void install(WireMock wiremock) {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Call call = parse(body);
                CALLS.add(call);
                Reply reply = responder.apply(call);
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                try {
                    exchange.sendResponseHeaders(reply.status(), answer.length);
                    exchange.getResponseBody().write(answer);
                } catch (IOException e) {
                    // The client gave up (a timeout test): nothing to answer.
                }
                exchange.close();
            });
            server.start();
        }
        CALLS.clear();
        responder = FakeLlm::digestOfWhatWasGiven;
        wiremock.register(post(urlPathMatching("/llm/v1/.*")).willReturn(aResponse()
                .proxiedFrom("http://127.0.0.1:" + server.getAddress().getPort())));
    }

    public static void answer(Function<Call, Reply> how) {
        responder = how;
    }

    public static List<Call> calls() {
        return new ArrayList<>(CALLS);
    }

    /** The calls of every feature but label suggestions, which follow each postmortem draft. */
    public static List<Call> callsBesidesLabels() {
        return CALLS.stream().filter(c -> c.system() == null || !c.system().startsWith("You label")).toList();
    }

    /** The default fake model: a point on status citing the first message or source, one on next steps the last. */
    public static Reply digestOfWhatWasGiven(Call call) {
        TreeSet<Integer> numbers = numbersIn(call.user());
        if (numbers.isEmpty()) {
            return Reply.content("{\"status\":[],\"tried\":[],\"who\":[],\"questions\":[],\"next\":[]}");
        }
        return Reply.content("{\"status\":[{\"text\":\"Checkout is failing for some users.\",\"sources\":["
                + numbers.first() + "]}],\"tried\":[],\"who\":[],\"questions\":[],"
                + "\"next\":[{\"text\":\"Roll back the deploy.\",\"sources\":[" + numbers.last() + "]}]}");
    }

    /** Message numbers of a map request, or the cited sources of a merge request. */
    public static TreeSet<Integer> numbersIn(String user) {
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher lines = LINE_NUMBER.matcher(user);
        while (lines.find()) {
            numbers.add(Integer.parseInt(lines.group(1)));
        }
        Matcher sources = SOURCES.matcher(user);
        while (sources.find()) {
            for (String n : sources.group(1).split(",")) {
                if (!n.isBlank()) {
                    numbers.add(Integer.parseInt(n));
                }
            }
        }
        return numbers;
    }

    public static String completion(String content) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", "fake-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root.toString();
    }

    private static Call parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            String system = "";
            String user = "";
            for (JsonNode message : root.path("messages")) {
                if ("system".equals(message.path("role").asText())) {
                    system = message.path("content").asText();
                } else if ("user".equals(message.path("role").asText())) {
                    user = message.path("content").asText();
                }
            }
            int maxTokens = root.path("max_tokens").asInt(root.path("max_completion_tokens").asInt(0));
            return new Call(body, system, user, maxTokens);
        } catch (IOException e) {
            return new Call(body, "", "", 0);
        }
    }
}
