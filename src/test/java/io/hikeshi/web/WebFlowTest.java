package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;

/** Base for web tests: incidents made through Slack, and forms posted the way a browser posts them. */
abstract class WebFlowTest extends SlackFlowTest {

    /**
     * Declares (unless {@code declareArguments} is null: the incident is declared already), resolves and waits for
     * the first postmortem draft; returns the incident number.
     */
    long resolvedWithDraft(String declareArguments) {
        if (declareArguments != null) {
            declareAndWait(declareArguments);
        }
        long number = ((Number) db.value("select max(id) from incident")).longValue();
        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version v join postmortem p"
                + " on p.id = v.postmortem_id where p.incident_id = " + number) == 1
                && slack.calls("files.completeUploadExternal").size() >= 1);
        return number;
    }

    /** The CSRF token a page hands the browser (as its cookie and in its forms). */
    static String csrfToken(String page) {
        return given().get(page).then().statusCode(200).extract().cookie(Csrf.COOKIE);
    }

    static Response postForm(String path, String token, Map<String, ?> fields) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (token != null) {
            request = request.cookie(Csrf.COOKIE, token);
        }
        return request.formParams(fields).post(path);
    }

    static boolean noticeSaying(FakeSlack slack, String text) {
        return slack.forms("chat.postMessage").stream()
                .anyMatch(f -> f.get("blocks") != null && FakeSlack.text(f.get("blocks")).contains(text));
    }
}
