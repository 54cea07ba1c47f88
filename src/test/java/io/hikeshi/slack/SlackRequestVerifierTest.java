package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class SlackRequestVerifierTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    private final SlackRequestVerifier verifier =
            new SlackRequestVerifier("8f742231b10e8888abcd99yyyzzz85a5", 300, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void matchesSlacksDocumentedExample() {
        // The worked example in Slack's "Verifying requests from Slack" guide.
        SlackRequestVerifier documented = new SlackRequestVerifier("8f742231b10e8888abcd99yyyzzz85a5", 300,
                Clock.fixed(Instant.ofEpochSecond(1531420618L), ZoneOffset.UTC));
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        assertThat(documented.isValid("1531420618",
                "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", body)).isTrue();
    }

    @Test
    void timestampsOutsideFiveMinutesEitherWayAreRefused() {
        String body = "text=hello";
        for (long offset : new long[] {-301, 301, -100_000}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            assertThat(verifier.isValid(ts, verifier.sign(ts, body), body)).as("offset %d", offset).isFalse();
        }
        for (long offset : new long[] {-300, 0, 300}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            assertThat(verifier.isValid(ts, verifier.sign(ts, body), body)).as("offset %d", offset).isTrue();
        }
    }

    @Test
    void missingOrTamperedPartsAreRefused() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String signature = verifier.sign(ts, "text=hello");
        assertThat(verifier.isValid(ts, signature, "text=hello!")).isFalse();
        assertThat(verifier.isValid(ts, null, "text=hello")).isFalse();
        assertThat(verifier.isValid(null, signature, "text=hello")).isFalse();
        assertThat(verifier.isValid(ts, signature.substring(0, 20), "text=hello")).isFalse();
    }
}
