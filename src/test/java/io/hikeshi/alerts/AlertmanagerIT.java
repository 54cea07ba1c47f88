package io.hikeshi.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FakeSlackServer;
import io.hikeshi.support.FreshWorkspace;
import io.hikeshi.support.PackagedApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real Prometheus Alertmanager (Debian's prometheus-alertmanager) sends its webhooks to the packaged app: alerts
 * posted to Alertmanager's own API (v2) are grouped into one incident, its repeats change nothing, and their
 * resolution reaches the timeline and the commander; a group the routes do not declare becomes a triage message.
 * Skipped, saying so, where Alertmanager is not installed; in CI ({@code CI=true}) it must run.
 */
class AlertmanagerIT {

    private static final String TOKEN = "it-alertmanager-secret";
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private FakeSlack slack;
    private PackagedApp app;
    private Process alertmanager;
    private int alertmanagerPort;

    @BeforeEach
    void start() throws Exception {
        Path binary = binary().orElse(null);
        if (binary == null) {
            String why = "AlertmanagerIT did not run: no prometheus-alertmanager found (ALERTMANAGER_BIN, PATH,"
                    + " /usr/bin). Install it with `apt-get install -y prometheus-alertmanager`.";
            assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(why + " In CI it must run.").isFalse();
            System.out.println(why);
            Assumptions.abort(why);
        }
        slack = SLACK_API.reset();
        Path work = FreshWorkspace.directory("alertmanager-it", "run");
        Files.createDirectories(work);
        Files.writeString(work.resolve("alert-routes.yaml"), """
                routes:
                  - name: checkout-pages
                    match:
                      - label: severity
                        equals: critical
                    declare:
                      severity: SEV2
                      title: "{{ labels.alertname }}: {{ annotations.summary }}"
                      commander: UONCALL
                  - name: the-rest
                    ask: {}
                """);
        Map<String, String> env = new HashMap<>(FreshWorkspace.databaseEnv("alerts"));
        env.put("HIKESHI_ANNOUNCE_CHANNEL", "CANNOUNCE");
        env.put("HIKESHI_ALERTS_ALERTMANAGER_TOKEN", TOKEN);
        env.put("HIKESHI_ALERTS_ROUTES_DIR", work.toAbsolutePath().toString());
        env.put("HIKESHI_WEB_LOCAL_ACCESS", "true");
        app = new PackagedApp(work, SLACK_API.apiUrl(), env).start();
        startAlertmanager(binary, work);
    }

    @AfterEach
    void stop() {
        if (alertmanager != null) {
            alertmanager.destroy();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void groupedRepeatedAndResolvedByTheRealAlertmanager() throws Exception {
        Instant started = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        postAlerts(List.of(alert("CheckoutErrors", "critical", "web-1", started, null),
                alert("CheckoutErrors", "critical", "web-2", started, null),
                alert("DiskFull", "warning", "db-1", started, null)));

        await("one incident for the critical group").atMost(SETTLE).until(() -> incidents().size() == 1
                && timeline(1, "Alert firing since") == 2);
        JsonNode incident = incidents().get(0);
        assertThat(incident.path("title").asText()).isEqualTo("CheckoutErrors: Checkout is failing");
        await("a triage message for the other group").atMost(SETTLE).until(() -> slack.forms("chat.postMessage")
                .stream().anyMatch(post -> "CANNOUNCE".equals(post.get("channel"))
                        && FakeSlack.text(post.getOrDefault("blocks", "[]")).contains("DiskFull")));

        // Alertmanager repeats a group after repeat_interval; the repeat changes nothing.
        await("Alertmanager repeats the group").atMost(SETTLE).until(() -> metric("outcome=\"unchanged\"") >= 2);
        assertThat(incidents()).hasSize(1);
        assertThat(timeline(1, "Alert firing since")).isEqualTo(2);

        Instant ended = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        postAlerts(List.of(alert("CheckoutErrors", "critical", "web-1", started, ended),
                alert("CheckoutErrors", "critical", "web-2", started, ended)));
        await("both resolutions in the timeline").atMost(SETTLE).until(() -> timeline(1, "Alert resolved at") == 2);
        await("the commander is told").atMost(SETTLE).until(() -> slack.forms("chat.postMessage").stream()
                .anyMatch(post -> post.getOrDefault("text", "").contains("Every alert of this incident has resolved")));
        assertThat(incidents()).hasSize(1);
        assertThat(incidents().get(0).path("status").asText()).isEqualToIgnoringCase("investigating");
        System.out.printf("[alertmanager] notifications stored %d, unchanged %d%n",
                metric("outcome=\"stored\""), metric("outcome=\"unchanged\""));
    }

    private static Map<String, Object> alert(String name, String severity, String instance, Instant startsAt,
                                             Instant endsAt) {
        Map<String, Object> alert = new HashMap<>();
        alert.put("labels", Map.of("alertname", name, "severity", severity, "instance", instance));
        alert.put("annotations", Map.of("summary", name.equals("DiskFull") ? "Disk almost full"
                : "Checkout is failing"));
        alert.put("startsAt", startsAt.toString());
        if (endsAt != null) {
            alert.put("endsAt", endsAt.toString());
        }
        alert.put("generatorURL", "http://prometheus.example:9090/graph");
        return alert;
    }

    private void startAlertmanager(Path binary, Path work) throws Exception {
        alertmanagerPort = freePort();
        Path config = work.resolve("alertmanager.yml");
        Files.writeString(config, """
                route:
                  receiver: hikeshi
                  group_by: ['alertname']
                  group_wait: 1s
                  group_interval: 2s
                  repeat_interval: 5s
                receivers:
                  - name: hikeshi
                    webhook_configs:
                      - url: http://127.0.0.1:%d/alerts/alertmanager
                        send_resolved: true
                        http_config:
                          authorization:
                            credentials: %s
                """.formatted(app.port(), TOKEN));
        Path storage = Files.createDirectories(work.resolve("alertmanager-data"));
        alertmanager = new ProcessBuilder(binary.toString(), "--config.file=" + config.toAbsolutePath(),
                "--storage.path=" + storage.toAbsolutePath(), "--web.listen-address=127.0.0.1:" + alertmanagerPort,
                "--cluster.listen-address=").redirectErrorStream(true)
                .redirectOutput(work.resolve("alertmanager.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(alertmanager::destroyForcibly));
        await("Alertmanager ready").atMost(SETTLE).ignoreExceptions()
                .until(() -> get("http://127.0.0.1:" + alertmanagerPort + "/-/ready").statusCode() == 200);
    }

    private void postAlerts(List<Map<String, Object>> alerts) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + alertmanagerPort + "/api/v2/alerts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(alerts))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private List<JsonNode> incidents() throws Exception {
        JsonNode list = new ObjectMapper().readTree(get(app("/api/incidents")).body());
        JsonNode items = list.isArray() ? list : list.path("incidents");
        return Stream.iterate(0, i -> i < items.size(), i -> i + 1).map(items::get).toList();
    }

    private long timeline(long incident, String prefix) throws Exception {
        JsonNode entries = new ObjectMapper().readTree(get(app("/api/incidents/" + incident + "/timeline")).body());
        JsonNode items = entries.isArray() ? entries : entries.path("entries");
        return Stream.iterate(0, i -> i < items.size(), i -> i + 1).map(items::get)
                .filter(entry -> entry.path("text").asText().startsWith(prefix)).count();
    }

    private long metric(String outcome) throws Exception {
        return get(app("/q/metrics")).body().lines()
                .filter(line -> line.startsWith("hikeshi_alert_notifications_total{") && line.contains(outcome)
                        && line.contains("source=\"alertmanager\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private String app(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<Path> binary() {
        Stream<Path> candidates = Stream.concat(
                Stream.ofNullable(System.getenv("ALERTMANAGER_BIN")).map(Path::of),
                Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(dir -> !dir.isEmpty())
                        .flatMap(dir -> Stream.of(Path.of(dir, "prometheus-alertmanager"), Path.of(dir, "alertmanager"))),
                        Stream.of(Path.of("/usr/bin/prometheus-alertmanager"))));
        return candidates.filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
