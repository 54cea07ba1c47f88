package io.hikeshi.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a child JVM, the way it runs in
 * production, so that tests can kill it with SIGKILL and start it again on the same data directory.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;

    /**
     * @param workDir holds the H2 data directory and {@code app.log} (stdout and stderr of every run, appended)
     * @param env     environment on top of the Slack settings tests always need
     */
    public PackagedApp(Path workDir, String slackApiUrl, Map<String, String> env) {
        this.jar = Path.of(System.getProperty("hikeshi.app.jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        this.dataDir = workDir.resolve("data").toAbsolutePath();
        this.log = workDir.resolve("app.log").toAbsolutePath();
        this.env = new HashMap<>(env);
        this.env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        this.env.put("SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET);
        this.env.put("SLACK_API_URL", slackApiUrl);
        this.env.put("HIKESHI_DATA_DIR", dataDir.toString());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the integration tests with `mvn verify`");
        }
        // Even when the test JVM is stopped early (Ctrl-C, a fork timeout), no app is left holding a port.
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    }

    /** Starts the JVM on a free port and returns once /q/health/ready says UP. */
    public PackagedApp start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            Files.createDirectories(dataDir);
            port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // C1 only: roughly halves start-up on a small CI machine; these tests are about durability, not speed.
            ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .directory(dataDir.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            Files.writeString(log, "%n=== starting on port %d%n".formatted(port), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("application ready on port " + port + " (log: " + log + ")")
                .atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(this::ready);
        return this;
    }

    /** SIGKILL: no shutdown hooks, no graceful stop, exactly like a crash or an OOM kill. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the app to die", e);
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        kill();
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
