package io.hikeshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.web.SignInPolicy.Verdict;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who may sign in: Slack by workspace, other providers by e-mail domain or group, nobody by default. */
@Tag("no-database")
class SignInPolicyTest {

    private static final Supplier<Optional<String>> BOT_IN_T1 = () -> Optional.of("T1");

    @Test
    void slackAdmitsTheBotsWorkspaceWithoutConfiguration() {
        SignInPolicy open = new SignInPolicy(List.of(), List.of(), "groups");
        assertThat(open.judge(claims("iss", "https://slack.com", SignInPolicy.SLACK_TEAM_CLAIM, "T1"), BOT_IN_T1))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(open.judge(claims("iss", "https://slack.com", SignInPolicy.SLACK_TEAM_CLAIM, "T2"), BOT_IN_T1))
                .isEqualTo(Verdict.OUTSIDE_WORKSPACE);
        assertThat(open.judge(claims("iss", "https://slack.com"), BOT_IN_T1)).isEqualTo(Verdict.OUTSIDE_WORKSPACE);
        assertThat(open.judge(claims("iss", "https://slack.com", SignInPolicy.SLACK_TEAM_CLAIM, "T1"),
                Optional::empty)).isEqualTo(Verdict.WORKSPACE_UNKNOWN);
    }

    @Test
    void slackWithAListNeedsTheWorkspaceAndTheList() {
        SignInPolicy domains = new SignInPolicy(List.of("example.com"), List.of(), "groups");
        assertThat(domains.judge(claims("iss", "https://slack.com", SignInPolicy.SLACK_TEAM_CLAIM, "T1",
                "email", "a@example.com", "email_verified", true), BOT_IN_T1)).isEqualTo(Verdict.ALLOWED);
        assertThat(domains.judge(claims("iss", "https://slack.com", SignInPolicy.SLACK_TEAM_CLAIM, "T1",
                "email", "guest@partner.example", "email_verified", true), BOT_IN_T1)).isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void otherProvidersLetNobodyInUntilAListIsConfigured() {
        SignInPolicy none = new SignInPolicy(List.of(" ", ""), List.of(), "groups");
        assertThat(none.listConfigured()).isFalse();
        assertThat(none.judge(claims("iss", "https://accounts.google.com", "email", "a@example.com",
                "email_verified", true), BOT_IN_T1)).isEqualTo(Verdict.NO_LIST);
        // A team claim means nothing from another issuer.
        assertThat(none.judge(claims("iss", "https://idp.example", SignInPolicy.SLACK_TEAM_CLAIM, "T1"), BOT_IN_T1))
                .isEqualTo(Verdict.NO_LIST);
    }

    @Test
    void emailDomainsNeedAVerifiedAddressInExactlyThatDomain() {
        SignInPolicy policy = new SignInPolicy(List.of("@Example.COM"), List.of(), "groups");
        assertThat(judge(policy, "email", "Ann@EXAMPLE.com", "email_verified", true)).isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "email", "ann@example.com", "email_verified", "true")).isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "email", "ann@example.com", "email_verified", JsonValue.TRUE)).isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "email", "ann@example.com")).isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "email", "ann@example.com", "email_verified", false)).isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "email", "ann@evil-example.com", "email_verified", true))
                .isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "email", "ann@mail.example.com", "email_verified", true))
                .isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "email", "ann@example.com.evil.example", "email_verified", true))
                .isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "email", "example.com", "email_verified", true)).isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void groupsComeFromTheConfiguredClaimAsAListOrOneValue() {
        SignInPolicy policy = new SignInPolicy(List.of(), List.of("incident-responders"), "roles");
        assertThat(judge(policy, "roles", List.of("staff", "incident-responders"))).isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "roles", Json.createArrayBuilder().add("incident-responders").build()))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "roles", "incident-responders")).isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "roles", List.of("Incident-Responders"))).isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "groups", List.of("incident-responders"))).isEqualTo(Verdict.NOT_LISTED);
        assertThat(judge(policy, "email", "ann@example.com", "email_verified", true)).isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void eitherListAdmits() {
        SignInPolicy policy = new SignInPolicy(List.of("example.com"), List.of("sre"), "groups");
        assertThat(judge(policy, "email", "x@other.example", "email_verified", true, "groups", List.of("sre")))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy, "email", "x@example.com", "email_verified", true, "groups", List.of()))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(judge(policy)).isEqualTo(Verdict.NOT_LISTED);
    }

    private static Verdict judge(SignInPolicy policy, Object... claims) {
        Map<String, Object> all = new HashMap<>(toMap(claims));
        all.put("iss", "https://idp.example");
        return policy.judge(all::get, BOT_IN_T1);
    }

    private static java.util.function.Function<String, Object> claims(Object... pairs) {
        return toMap(pairs)::get;
    }

    private static Map<String, Object> toMap(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
