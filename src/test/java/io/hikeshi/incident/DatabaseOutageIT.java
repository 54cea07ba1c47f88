package io.hikeshi.incident;

import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.CuttableProxy;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FakeSlackServer;
import io.hikeshi.support.PackagedApp;
import io.hikeshi.support.PostgresSchema;
import io.hikeshi.support.SlackRequests;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The database unreachable for several seconds while incidents are declared: the packaged app talks to the local
 * PostgreSQL through a proxy the test cuts. Every declare is answered, either declared or told to try again; what
 * was declared is complete afterwards (channel, card, announcement) and what was refused left nothing behind.
 */
@EnabledIfSystemProperty(named = "hikeshi.app.db-kind", matches = "postgresql",
        disabledReason = "needs the PostgreSQL build: mvn verify -Ppostgresql -Dquarkus.datasource.db-kind=postgresql")
class DatabaseOutageIT {

    private static final int DECLARES = 40;
    private static final Duration PACE = Duration.ofMillis(100);
    private static final int CUT_AT = 10;
    private static final int RESTORE_AT = 30;

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private FakeSlack slack;
    private CuttableProxy proxy;
    private PostgresSchema schema;
    private PackagedApp app;

    @BeforeEach
    void start() {
        slack = SLACK_API.reset();
        schema = new PostgresSchema(System.getProperty("hikeshi.it.pg.schema", "hikeshi_multi") + "_outage");
        schema.drop();
        URI pg = URI.create(System.getProperty("hikeshi.it.pg.server", "jdbc:postgresql://127.0.0.1:5432/test")
                .substring("jdbc:".length()));
        proxy = new CuttableProxy(pg.getHost(), pg.getPort());
        Map<String, String> env = new HashMap<>(schema.appEnv(false));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", env.get("QUARKUS_DATASOURCE_JDBC_URL")
                .replace("//" + pg.getHost() + ":" + pg.getPort() + "/", "//127.0.0.1:" + proxy.port() + "/"));
        env.put("HIKESHI_ANNOUNCE_CHANNEL", "CANNOUNCE");
        app = new PackagedApp(Path.of("target", "outage-it"), SLACK_API.apiUrl(), env).start();
    }

    @AfterEach
    void stop() {
        app.close();
        proxy.close();
    }

    @Test
    void everyDeclareIsAnsweredAndWhatWasDeclaredIsCompleteAfterTheOutage() {
        List<CompletableFuture<Answer>> answers = declareWhileTheDatabaseGoesAway();

        List<String> declared = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        long slowest = 0;
        for (CompletableFuture<Answer> future : answers) {
            Answer answer = future.join();
            slowest = Math.max(slowest, answer.millis());
            assertThat(answer.status()).as("HTTP status for %s", answer.title()).isEqualTo(200);
            if (answer.body().contains("declared: " + answer.title())) {
                declared.add(answer.title());
            } else {
                assertThat(answer.body()).as("answer for %s", answer.title()).containsIgnoringCase("try again");
                refused.add(answer.title());
            }
        }
        System.out.printf("[outage] %d declared, %d told to try again, slowest answer %d ms%n", declared.size(),
                refused.size(), slowest);
        assertThat(refused).as("declares while the database was unreachable").isNotEmpty();
        assertThat(declared).as("declares before and after the outage").hasSizeGreaterThanOrEqualTo(CUT_AT);

        await("every declared incident gets its channel, card and announcement").atMost(Duration.ofSeconds(90))
                .until(() -> schema.count("outbox_entry where state = 'PENDING'") == 0);
        assertThat(schema.count("outbox_entry where state = 'FAILED'")).isZero();
        for (String title : declared) {
            assertThat(schema.count("incident where title = ?", title)).as("incidents titled %s", title).isOne();
            assertThat(slack.forms("chat.postMessage")).as("announcement of %s", title)
                    .anyMatch(form -> "CANNOUNCE".equals(form.get("channel")) && form.toString().contains(title));
        }
        for (String title : refused) {
            assertThat(schema.count("incident where title = ?", title)).as("incidents titled %s", title).isZero();
        }
        assertThat(slack.calls("pins.add")).as("one pinned card per declared incident").hasSize(declared.size());
    }

    /** One declare every {@link #PACE}; the database goes away after {@link #CUT_AT} and comes back later. */
    private List<CompletableFuture<Answer>> declareWhileTheDatabaseGoesAway() {
        ScheduledExecutorService pace = Executors.newScheduledThreadPool(8);
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < DECLARES; i++) {
                String title = "Outage probe %02d".formatted(i);
                String trigger = "outage-" + i;
                long delay = PACE.toMillis() * i;
                if (i == CUT_AT) {
                    pace.schedule(proxy::cut, delay, TimeUnit.MILLISECONDS);
                }
                if (i == RESTORE_AT) {
                    pace.schedule(proxy::restore, delay, TimeUnit.MILLISECONDS);
                }
                CompletableFuture<Answer> answer = new CompletableFuture<>();
                pace.schedule(() -> answer.complete(declare(title, trigger)), delay, TimeUnit.MILLISECONDS);
                answers.add(answer);
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.MINUTES).join();
        } finally {
            pace.shutdownNow();
        }
        return answers;
    }

    private Answer declare(String title, String triggerId) {
        long started = System.nanoTime();
        HttpResponse<String> response = SlackRequests.send(app.port(),
                slashCommand("declare " + title + " --sev 3", triggerId), ContentType.URLENC, Map.of());
        return new Answer(title, response.statusCode(), response.body(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private record Answer(String title, int status, String body, long millis) {
    }
}
