package io.hikeshi.catchup;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeLlm;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Secrets pasted in the channel never reach the model, and neither they nor the prompt nor the key reach the logs. */
@QuarkusTest
class CatchUpRedactionTest extends CatchUpFlowTest {

    static final String SLACK_TOKEN = "xox" + "b-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
    static final String AWS_KEY = "AKIA" + "IOSFODNN7EXAMPLE";
    static final String GITHUB = "gh" + "p_" + "a".repeat(18) + "B".repeat(18);
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    static final String PEM_BODY = "MIIEowIBAAKCAQEA7bqSECRETKEYBODY";
    static final String DB_PASSWORD = "hunter2secret";
    static final String CARD = "4111 1111 1111 1111";
    static final String API_KEY = "sk-test-key-never-logged-0123456789";

    @Test
    void secretsAreRedactedBeforeTheModelAndNothingSensitiveIsLogged() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
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
        Logger.getLogger("").addHandler(capture);
        try {
            say("1700000001.000100", "bot token " + SLACK_TOKEN + " and " + AWS_KEY + " and " + GITHUB);
            say("1700000002.000100", "curl -H 'Authorization: Bearer " + JWT + "' postgres://app:" + DB_PASSWORD
                    + "@db:5432/prod");
            say("1700000003.000100", "-----BEGIN RSA PRIVATE KEY-----\n" + PEM_BODY + "\n-----END RSA PRIVATE KEY-----");
            say("1700000004.000100", "customer card " + CARD + " was charged twice");
            summary("").statusCode(200);
            String answer = privateAnswers(1).get(0);
            // A failing model makes the client log too: check that path as well.
            FakeLlm.answer(call -> FakeLlm.Reply.status(500));
            say("1700000005.000100", "still failing");
            summary("").statusCode(200);
            privateAnswers(2);

            List<String> secrets = List.of(SLACK_TOKEN, AWS_KEY, GITHUB, JWT, PEM_BODY, DB_PASSWORD, CARD);
            assertThat(FakeLlm.calls()).hasSize(2).allSatisfy(call -> {
                secrets.forEach(secret -> assertThat(call.body()).doesNotContain(secret));
                assertThat(call.user()).contains("[redacted Slack token]").contains("[redacted AWS key]")
                        .contains("[redacted GitHub token]").contains("[redacted JWT]")
                        .contains("[redacted private key]").contains("[redacted password]")
                        .contains("[redacted card number]");
            });
            wiremock.find(anyRequestedFor(urlPathMatching("/llm/.*"))).forEach(request ->
                    secrets.forEach(secret -> assertThat(request.getBodyAsString()).doesNotContain(secret)));
            assertThat(String.join("\n", logged)).doesNotContain(API_KEY).doesNotContain("charged twice")
                    .doesNotContain("BEGIN RSA").doesNotContain("Checkout is failing");
            secrets.forEach(secret -> assertThat(String.join("\n", logged)).doesNotContain(secret));
            assertThat(answer).doesNotContain(API_KEY);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }
}
