package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body with a valid signature that is not a request Slack sends gets a 400, and none of it reaches the logs. */
@QuarkusTest
class MalformedRequestTest extends SlackFlowTest {

    private static final String MARK = "zq-private-words-7731";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            if (record.getThrown() != null) {
                logged.add(String.valueOf(record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void nothingOfTheBodyLogged() {
        Logger.getLogger("").removeHandler(capture);
        assertThat(logged).noneMatch(line -> line != null && (line.contains(MARK) || line.contains("[1,2,3]")
                || line.contains("No request pattern")));
    }

    private void nothingChanged() {
        assertThat(db.count("incident")).isZero();
        assertThat(db.count("processed_slack_request")).isZero();
        assertThat(db.count("outbox_entry")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"payload=not-json-" + MARK, "payload=%7B%22type%22%3A%22no_such_type%22%2C%22x%22%3A%22" + MARK
            + "%22%7D", "payload=%zz" + MARK, "", "null", MARK + "=1&garbage", "\u0000\u0001" + MARK})
    void aFormThatIsNotASlackRequestIsRefused(String body) {
        SlackRequests.post(body, ContentType.URLENC, TestClock.now().getEpochSecond()).statusCode(400)
                .body(containsString("not a Slack request"));
        nothingChanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2,3]", "null", "", "{not json " + MARK, "{\"type\":\"event_callback\",\"x\":\"" + MARK
            + "\"}", "{\"type\":\"" + MARK + "\"}", "\"" + MARK + "\""})
    void jsonThatIsNotASlackRequestIsRefused(String body) {
        SlackRequests.post(body, ContentType.JSON, TestClock.now().getEpochSecond()).statusCode(400)
                .body(containsString("not a Slack request"));
        nothingChanged();
    }

    @Test
    void aWellFormedCommandStillWorks() {
        SlackRequests.postForm(SlackRequests.slashCommand("help")).statusCode(200)
                .body(containsString("declare"));
    }
}
