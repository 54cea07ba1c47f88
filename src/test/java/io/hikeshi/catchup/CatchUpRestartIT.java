package io.hikeshi.catchup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FakeSlackServer;
import io.hikeshi.support.FreshWorkspace;
import io.hikeshi.support.PackagedApp;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackRequests;
import io.restassured.RestAssured;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The packaged app killed with SIGKILL before, during and after the model call of a catch-up and of a handover
 * brief, then started again on the same database: the result arrives once, made from one model answer.
 */
class CatchUpRestartIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final String REPLY_PATH = "/response/catch-up";
    private static final String FENCE_PATH = "/response/fence";
    private static final String WRITER = "UWRITER";
    private static final String NEXT_COMMANDER = "UNEXT";

    /** When the process dies. */
    enum Moment {
        /** Reading the channel (a name lookup hangs), before the model is asked. */
        BEFORE_THE_MODEL_CALL,
        /** While the model is writing. */
        DURING_THE_MODEL_CALL,
        /** The model answered and the result is stored, but its delivery failed once and waits for a retry. */
        AFTER_THE_MODEL_CALL
    }

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private FakeSlack slack;
    private PackagedApp app;

    @AfterEach
    void stopApp() {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void aCatchUpSurvivesAKill(Moment moment) {
        setUp("catch-up-" + moment);
        prepare(moment, () -> post(urlEqualTo(REPLY_PATH)));

        summary(REPLY_PATH);
        killAt(moment, () -> replies().size());
        start();

        await("catch-up delivered after the restart").atMost(SETTLE)
                .until(() -> delivered(CatchUpRestartIT::isReply) == 1);
        assertModelCalls(moment);
        awaitFence();
        assertThat(delivered(CatchUpRestartIT::isReply)).isEqualTo(1);
        assertThat(replies()).allSatisfy(reply -> assertThat(reply.getBodyAsString()).contains("replace_original"));
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void aHandoverBriefSurvivesAKill(Moment moment) {
        setUp("brief-" + moment);
        prepare(moment, () -> post(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("channel=" + NEXT_COMMANDER)).withRequestBody(containing("Catch-up")));

        SlackRequests.postForm(SlackRequests.slashCommand("commander <@" + NEXT_COMMANDER + ">", "trigger-brief",
                FakeSlack.INCIDENT_CHANNEL)).statusCode(200);
        killAt(moment, () -> briefs().size());
        start();

        await("brief delivered after the restart").atMost(SETTLE)
                .until(() -> delivered(CatchUpRestartIT::isBrief) == 1);
        assertModelCalls(moment);
        awaitFence();
        assertThat(delivered(CatchUpRestartIT::isBrief)).isEqualTo(1);
    }

    private void setUp(String name) {
        slack = SLACK_API.reset();
        SLACK_API.wiremock().resetScenarios();
        FakeLlm.install(SLACK_API.wiremock());
        SLACK_API.wiremock().register(post(urlEqualTo(REPLY_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        SLACK_API.wiremock().register(post(urlEqualTo(FENCE_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        Map<String, String> env = new HashMap<>(FreshWorkspace.databaseEnv("catchup"));
        env.put("HIKESHI_ANNOUNCE_CHANNEL", "CANNOUNCE");
        env.put("LLM_BASE_URL", SLACK_API.baseUrl() + "/llm/v1");
        env.put("LLM_MODEL", "fake-model");
        app = new PackagedApp(FreshWorkspace.directory("catch-up-restart-it", name), SLACK_API.apiUrl(), env);
        start();
        SlackRequests.postForm(SlackRequests.slashCommand("declare Checkout API returning 500s --sev 2"))
                .statusCode(200);
        await("incident channel set up").atMost(SETTLE).until(() -> slack.calls("pins.add").size() == 1);
        SlackRequests.postJson(SlackEvents.message("Ev" + UUID.randomUUID(), FakeSlack.INCIDENT_CHANNEL, WRITER,
                "1700000001.000100", null, "Checkout returns 500s since the deploy")).statusCode(200);
    }

    /** Sets the trap for the moment: a hanging name lookup, a hanging model, or a failing first delivery. */
    private void prepare(Moment moment, Supplier<MappingBuilder> delivery) {
        switch (moment) {
            case BEFORE_THE_MODEL_CALL -> SLACK_API.wiremock().register(post(urlEqualTo("/api/users.info"))
                    .withRequestBody(containing("user=" + WRITER))
                    .willReturn(okJson(user(WRITER)).withFixedDelay(60_000)));
            case DURING_THE_MODEL_CALL -> FakeLlm.answer(call ->
                    new FakeLlm.Reply(200, FakeLlm.completion("{}"), Duration.ofSeconds(60)));
            case AFTER_THE_MODEL_CALL -> {
                SLACK_API.wiremock().register(delivery.get().inScenario("delivery").whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(503)).willSetStateTo("failed once"));
                SLACK_API.wiremock().register(delivery.get().inScenario("delivery").whenScenarioStateIs("failed once")
                        .willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000300\"}")));
            }
        }
    }

    /** Kills the app at the moment, then takes the trap away. */
    private void killAt(Moment moment, IntSupplier deliveries) {
        switch (moment) {
            case BEFORE_THE_MODEL_CALL -> await("name lookup hangs").atMost(SETTLE).until(() -> SLACK_API.wiremock().find(
                    postRequestedFor(urlEqualTo("/api/users.info")).withRequestBody(containing("user=" + WRITER)))
                    .size() == 1);
            case DURING_THE_MODEL_CALL -> await("model writing").atMost(SETTLE).until(() -> FakeLlm.calls().size() == 1);
            case AFTER_THE_MODEL_CALL -> await("first delivery failed").atMost(SETTLE)
                    .until(() -> deliveries.getAsInt() == 1);
        }
        app.kill();
        SLACK_API.wiremock().register(post(urlEqualTo("/api/users.info")).withRequestBody(containing("user=" + WRITER))
                .willReturn(okJson(user(WRITER))));
        FakeLlm.answer(FakeLlm::digestOfWhatWasGiven);
    }

    /** The model is asked again only when the process died before its answer was stored. */
    private static void assertModelCalls(Moment moment) {
        assertThat(FakeLlm.calls()).hasSize(moment == Moment.DURING_THE_MODEL_CALL ? 2 : 1);
    }

    /**
     * Asks for one more catch-up and waits for it: it queues behind everything of the incident's catch-up lane, so
     * a second delivery of the first result, had one been queued, would have come before it.
     */
    private void awaitFence() {
        summary(FENCE_PATH);
        await("a later catch-up delivered").atMost(SETTLE)
                .until(() -> !SLACK_API.wiremock().find(postRequestedFor(urlEqualTo(FENCE_PATH))).isEmpty());
    }

    private void summary(String replyPath) {
        String command = SlackRequests.slashCommand("summary", "trigger-" + UUID.randomUUID(),
                        FakeSlack.INCIDENT_CHANNEL)
                .replace(URLEncoder.encode("https://hooks.slack.com/commands/T1/1/abc", StandardCharsets.UTF_8),
                        URLEncoder.encode(SLACK_API.baseUrl() + replyPath, StandardCharsets.UTF_8));
        SlackRequests.postForm(command).statusCode(200);
    }

    private static List<LoggedRequest> replies() {
        return SLACK_API.wiremock().find(postRequestedFor(urlEqualTo(REPLY_PATH)));
    }

    private static List<LoggedRequest> briefs() {
        return SLACK_API.wiremock().find(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("channel=" + NEXT_COMMANDER)).withRequestBody(containing("Catch-up")));
    }

    /** Deliveries of the AI catch-up that Slack accepted (not the one failed on purpose). */
    private static long delivered(Predicate<LoggedRequest> delivery) {
        return SLACK_API.wiremock().getServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 200 && delivery.test(event.getRequest()))
                .filter(event -> event.getRequest().getBodyAsString().contains("AI-generated"))
                .count();
    }

    private static boolean isReply(LoggedRequest request) {
        return request.getUrl().equals(REPLY_PATH);
    }

    private static boolean isBrief(LoggedRequest request) {
        return request.getUrl().equals("/api/chat.postMessage") && request.getBodyAsString()
                .contains("channel=" + NEXT_COMMANDER) && request.getBodyAsString().contains("Catch-up");
    }

    private static String user(String id) {
        return "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"writer\",\"profile\":{\"display_name\":"
                + "\"writer\"}}}";
    }

    private void start() {
        app.start();
        RestAssured.port = app.port();
    }
}
