package io.hikeshi.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets of every kind, generated at random and embedded in the places people paste them, never survive redaction,
 * not even as an 8-character fragment; ordinary incident text passes unchanged. The seed is fixed per kind so a
 * failure repeats; prefixes are assembled at run time so that this file trips no secret scanner.
 */
@Tag("no-database")
class RedactorGenerativeTest {

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String URL_SAFE = ALNUM + "_-";
    private static final String BASE64 = ALNUM + "+/";
    // Unquoted values end at white space, quotes, commas, semicolons, & and angle brackets; URL passwords may
    // hold @, / and : as people paste them.
    private static final String VALUE = ALNUM + "!#$%*+-./:=?@^_~";
    private static final String URL_PASSWORD = ALNUM + "!$%*+-./:=@_~@@//";

    /** A secret as it is written ({@code text}) and the part that must not survive ({@code secret}). */
    record Sample(String text, String secret) {
    }

    record Kind(String name, Function<Random, Sample> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> SURROUNDINGS = List.of("%s", "token is %s ok", "\"%s\"", "'%s'", "`%s`",
            "```\n%s\n```", "```%s```", "{\"value\":\"%s\",\"n\":1}", "(%s)", "%s.", "%s,", "%s;", "%s)", "[%s]",
            "%s!", "ends with %s", "%s\nnext line", "line before\n%s", "a.%s.b", "x,%s,y", "<%s|label>", "<%s>",
            "see <https://example.com/?q=%s|link>", "key=%s&other=1", "> quoted %s", "*%s*", "_%s_");

    static Stream<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (String prefix : List.of("b", "p", "a", "o", "r", "s", "e", "c")) {
            kinds.add(whole("Slack " + prefix, r -> "xox" + prefix + "-" + digits(r, 11) + "-" + digits(r, 12)
                    + "-" + random(r, ALNUM, 24)));
        }
        kinds.add(whole("Slack cookie xoxd", r -> "xox" + "d-" + random(r, ALNUM, 40) + "%2F" + random(r, ALNUM, 30)
                + "%3D%3D"));
        kinds.add(whole("Slack refresh xoxe.xoxp", r -> "xox" + "e.xoxp-1-" + random(r, ALNUM, 60)));
        kinds.add(whole("Slack app token", r -> "xa" + "pp-1-A" + random(r, UPPER, 10) + "-" + digits(r, 13) + "-"
                + random(r, ALNUM, 64).toLowerCase()));
        kinds.add(new Kind("Slack webhook", r -> secretAfter("https://hooks.slack.com/services/", "T"
                + random(r, UPPER, 8) + "/B" + random(r, UPPER, 10) + "/" + random(r, ALNUM, 24))));
        kinds.add(whole("AWS key id", r -> (r.nextBoolean() ? "AK" + "IA" : "AS" + "IA") + random(r, UPPER + "234567", 16)));
        kinds.add(new Kind("AWS secret key", RedactorGenerativeTest::awsSecret));
        for (String prefix : List.of("ghp", "gho", "ghu", "ghs", "ghr")) {
            kinds.add(whole("GitHub " + prefix, r -> prefix + "_" + random(r, ALNUM, 36)));
        }
        kinds.add(whole("GitHub PAT", r -> "github" + "_pat_11" + random(r, ALNUM, 20) + "_" + random(r, ALNUM, 59)));
        kinds.add(whole("GitLab PAT", r -> "gl" + "pat-" + random(r, URL_SAFE, 20)));
        kinds.add(whole("Google API key", r -> "AI" + "za" + random(r, URL_SAFE, 35)));
        kinds.add(whole("Stripe live key", r -> "sk" + "_live_" + random(r, ALNUM, 24 + r.nextInt(75))));
        kinds.add(whole("Stripe restricted key", r -> "rk" + "_live_" + random(r, ALNUM, 24 + r.nextInt(75))));
        kinds.add(whole("OpenAI key", r -> "sk" + "-" + withDigit(r, random(r, ALNUM, 48))));
        kinds.add(whole("OpenAI project key", r -> "sk" + "-proj-" + withDigit(r, random(r, URL_SAFE, 120))));
        kinds.add(whole("npm token", r -> "np" + "m_" + random(r, ALNUM, 36)));
        kinds.add(whole("JWT", r -> "ey" + "J" + random(r, URL_SAFE, 30) + ".ey" + "J" + random(r, URL_SAFE, 60)
                + "." + random(r, URL_SAFE, 43)));
        kinds.add(new Kind("PEM private key", RedactorGenerativeTest::pem));
        kinds.add(new Kind("Bearer header", r -> secretAfter("Authorization: Bearer ", random(r, URL_SAFE, 32))));
        kinds.add(new Kind("Basic header", r -> secretAfter("Authorization: Basic ", Base64.getEncoder()
                .encodeToString(("svc:" + random(r, ALNUM, 16)).getBytes()))));
        kinds.add(new Kind("bare bearer", r -> secretAfter("curl -H bearer ", random(r, URL_SAFE, 40))));
        for (String label : List.of("DB_PASSWORD=", "password: ", "api_key=", "SECRET=", "client_secret=",
                "access_token=", "token=", "passwd=")) {
            kinds.add(new Kind("setting " + label.strip(), r -> secretAfter(label, random(r, VALUE, 10 + r.nextInt(15)))));
        }
        for (String label : List.of("\"password\": \"", "\"client_secret\":\"", "'apiKey': '")) {
            kinds.add(new Kind("JSON " + label.strip(), r -> {
                String value = random(r, VALUE + "  ", 10 + r.nextInt(15)).strip() + "x";
                return new Sample(label + value + label.charAt(0), value);
            }));
        }
        for (String scheme : List.of("postgres", "postgresql", "mysql", "mongodb", "mongodb+srv", "redis", "rediss",
                "amqp", "https", "ftp", "smtp", "ldap", "jdbc:postgresql")) {
            kinds.add(new Kind("URL " + scheme, r -> {
                String password = random(r, URL_PASSWORD, 8 + r.nextInt(16));
                String user = r.nextInt(5) == 0 ? "" : random(r, ALNUM, 3 + r.nextInt(8));
                return new Sample(scheme + "://" + user + ":" + password + "@db-" + r.nextInt(9) + ".internal"
                        + (r.nextBoolean() ? ":5432/prod?sslmode=require" : ""), password);
            }));
        }
        kinds.add(whole("card number", RedactorGenerativeTest::card));
        return kinds.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void noSecretSurvivesInAnySurrounding(Kind kind) {
        Random random = new Random(kind.name().hashCode());
        for (int i = 0; i < 8; i++) {
            Sample sample = kind.make().apply(random);
            for (String surrounding : SURROUNDINGS) {
                String text = surrounding.formatted(sample.text());
                String redacted = Redactor.redactVisible(text);
                assertThat(redacted).as("%s in %s", kind, text).contains("[redacted");
                fragments(sample.secret()).forEach(fragment ->
                        assertThat(redacted).as("%s in %s", kind, text).doesNotContain(fragment));
            }
        }
    }

    @Test
    void ordinaryIncidentTextPassesUnchanged() {
        List<String> ordinary = List.of(
                "Rolled back deploy 4711 (commit 9f3c2a1e5b7d4c6a8e0f1b2c3d4e5f6a7b8c9d0e); error rate falling.",
                "See https://grafana.example.com/d/abc123/checkout-latency?orgId=1&from=now-6h&to=now",
                "<https://status.example.com/incidents/42|status page> and <#C0123ABCD|incident-42>, ping <@U0ABC|bob>",
                "Tickets JIRA-1234, OPS-77 and INC-42 are linked; PR #5521 reverts it.",
                "pod checkout-7d9f8b6c5-x2k4z OOMKilled at 14:05 UTC, node ip-10-0-3-17.eu-west-1.compute.internal",
                "java.lang.IllegalStateException: pool exhausted at io.example.Pool.take(Pool.java:88)",
                "mail alice@example.com, clone git@github.com:acme/checkout.git, follow https://mastodon.social/@acme",
                "postgres://db.internal:5432/prod and redis://cache:6379/0 have no credentials",
                "The secretary asked: which tokens expired? Passwords rotate on Monday.",
                "Short sha 9f3c2a1, build 2026.12.01-3, version v1.48.0, latency p99 1200 ms, 99.95 % SLO",
                "日本語のテキストと絵文字 🔥🚒 stay as they are.");
        ordinary.forEach(text -> assertThat(Redactor.redactVisible(text)).isEqualTo(text));
    }

    @Test
    void aPasswordHoldingAnAtSignIsRedactedToTheLastAtBeforeTheHost() {
        assertThat(Redactor.redact("redis://svc:Pa55@word@cache.internal:6379/0"))
                .isEqualTo("redis://svc:[redacted password]@cache.internal:6379/0");
        assertThat(Redactor.redact("mongodb://admin:wJal/K7MDENG@db.internal/admin"))
                .isEqualTo("mongodb://admin:[redacted password]@db.internal/admin");
    }

    private static Kind whole(String name, Function<Random, String> make) {
        return new Kind(name, r -> {
            String secret = make.apply(r);
            return new Sample(secret, secret);
        });
    }

    private static Sample secretAfter(String label, String secret) {
        return new Sample(label + secret, secret);
    }

    private static Sample awsSecret(Random r) {
        // Real secret keys are random base64; mixed case and a digit are what set them apart from hashes.
        String secret = random(r, BASE64, 37) + random(r, UPPER, 1) + random(r, "abcdefghijklmnopqrstuvwxyz", 1)
                + digits(r, 1);
        return new Sample(secret, secret);
    }

    private static Sample pem(Random r) {
        String kind = List.of("RSA ", "EC ", "OPENSSH ", "", "ENCRYPTED ").get(r.nextInt(5));
        StringBuilder body = new StringBuilder();
        for (int line = 0; line < 4; line++) {
            body.append(random(r, BASE64, 64)).append('\n');
        }
        return new Sample("-----BEGIN " + kind + "PRIVATE KEY-----\n" + body + "-----END " + kind + "PRIVATE KEY-----",
                body.toString().strip());
    }

    private static String card(Random r) {
        String digits = "4" + digits(r, 14);
        for (int check = 0; check < 10; check++) {
            if (Redactor.luhn(digits + check)) {
                String number = digits + check;
                return r.nextBoolean() ? number : number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }

    /** Every 8-character piece of the secret, line by line. */
    private static Stream<String> fragments(String secret) {
        return secret.lines().flatMap(line -> line.length() <= 8 ? Stream.of(line)
                : Stream.iterate(0, i -> i + 8 <= line.length(), i -> i + 1).map(i -> line.substring(i, i + 8)));
    }

    private static String withDigit(Random r, String text) {
        int at = r.nextInt(text.length());
        return text.substring(0, at) + digits(r, 1) + text.substring(at + 1);
    }

    private static String digits(Random r, int length) {
        return random(r, "0123456789", length);
    }

    private static String random(Random r, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
