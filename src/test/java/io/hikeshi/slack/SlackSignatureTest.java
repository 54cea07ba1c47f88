package io.hikeshi.slack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only requests signed with the signing secret, within five minutes of now, reach Bolt. */
@QuarkusTest
class SlackSignatureTest extends SlackFlowTest {

    private static final String DECLARE = SlackRequests.slashCommand("declare Forged incident --sev 1");

    @AfterEach
    void nothingChanged() {
        assertThat(db.count("incident")).isZero();
    }

    @Test
    void urlVerificationAnswersTheChallenge() {
        String body = "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}";
        // Slack accepts the challenge back as plain text, which is how Bolt answers.
        SlackRequests.postJson(body).statusCode(200)
                .body(equalTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    @Test
    void aMissingSignatureIsRejected() {
        given().contentType(ContentType.URLENC)
                .header("X-Slack-Request-Timestamp", String.valueOf(Instant.now().getEpochSecond()))
                .body(DECLARE).post("/slack/events").then().statusCode(401);
    }

    @Test
    void aWrongSignatureIsRejected() {
        long now = Instant.now().getEpochSecond();
        given().contentType(ContentType.URLENC)
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", SlackRequests.sign(String.valueOf(now), DECLARE + "&tampered=1"))
                .body(DECLARE).post("/slack/events").then().statusCode(401);
    }

    @Test
    void aStaleTimestampIsRejected() {
        SlackRequests.post(DECLARE, ContentType.URLENC, Instant.now().getEpochSecond() - 310).statusCode(401);
    }

    @Test
    void aFutureTimestampIsRejected() {
        SlackRequests.post(DECLARE, ContentType.URLENC, Instant.now().getEpochSecond() + 310).statusCode(401);
    }

    @Test
    void aMalformedTimestampIsRejected() {
        given().contentType(ContentType.URLENC)
                .header("X-Slack-Request-Timestamp", "yesterday")
                .header("X-Slack-Signature", SlackRequests.sign("yesterday", DECLARE))
                .body(DECLARE).post("/slack/events").then().statusCode(401);
    }
}
