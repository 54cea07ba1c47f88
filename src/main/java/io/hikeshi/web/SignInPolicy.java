package io.hikeshi.web;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who may sign in. With Sign in with Slack, members of the workspace the bot is installed in (and, if lists are
 * configured, on them too); with any other provider, people with a verified e-mail address in an allowed domain or in
 * an allowed group, and nobody until one of the two lists is configured.
 */
final class SignInPolicy {

    static final String SLACK_ISSUER = "https://slack.com";
    static final String SLACK_TEAM_CLAIM = "https://slack.com/team_id";

    /** The outcome for one person. */
    enum Verdict {
        ALLOWED,
        /** Signed in with Slack, in another workspace than the bot's. */
        OUTSIDE_WORKSPACE,
        /** Signed in with Slack, but the bot's workspace is unknown (no bot token, or Slack did not answer). */
        WORKSPACE_UNKNOWN,
        /** Neither the e-mail domain nor a group is on the configured lists. */
        NOT_LISTED,
        /** Another provider than Slack, and no list of who may sign in is configured. */
        NO_LIST
    }

    private final List<String> emailDomains;
    private final List<String> groups;
    private final String groupsClaim;

    SignInPolicy(List<String> emailDomains, List<String> groups, String groupsClaim) {
        this.emailDomains = emailDomains.stream().map(d -> d.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).toList();
        this.groups = groups.stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
        this.groupsClaim = groupsClaim;
    }

    static SignInPolicy of(WebConfig config) {
        return new SignInPolicy(config.allowedEmailDomains().orElse(List.of()),
                config.allowedGroups().orElse(List.of()), config.groupsClaim());
    }

    /** Whether an allowed e-mail domain or group is configured. */
    boolean listConfigured() {
        return !emailDomains.isEmpty() || !groups.isEmpty();
    }

    /** Judges a person by the claims of the provider's token; {@code workspace} is the bot's Slack team id. */
    Verdict judge(Function<String, Object> claims, Supplier<Optional<String>> workspace) {
        if (isSlack(text(claims.apply("iss")))) {
            Optional<String> team = workspace.get();
            if (team.isEmpty()) {
                return Verdict.WORKSPACE_UNKNOWN;
            }
            if (!team.get().equals(text(claims.apply(SLACK_TEAM_CLAIM)))) {
                return Verdict.OUTSIDE_WORKSPACE;
            }
            return !listConfigured() || listed(claims) ? Verdict.ALLOWED : Verdict.NOT_LISTED;
        }
        if (!listConfigured()) {
            return Verdict.NO_LIST;
        }
        return listed(claims) ? Verdict.ALLOWED : Verdict.NOT_LISTED;
    }

    static boolean isSlack(String issuer) {
        return issuer != null && issuer.replaceFirst("/+$", "").equals(SLACK_ISSUER);
    }

    private boolean listed(Function<String, Object> claims) {
        return inAllowedDomain(claims) || inAllowedGroup(claims.apply(groupsClaim));
    }

    private boolean inAllowedDomain(Function<String, Object> claims) {
        String email = text(claims.apply("email"));
        if (emailDomains.isEmpty() || email == null || !isTrue(claims.apply("email_verified"))) {
            return false;
        }
        int at = email.lastIndexOf('@');
        return at > 0 && emailDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    private boolean inAllowedGroup(Object claim) {
        if (groups.isEmpty() || claim == null) {
            return false;
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(SignInPolicy::text).anyMatch(groups::contains);
        }
        return groups.contains(text(claim));
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || JsonValue.TRUE.equals(value) || "true".equals(text(value));
    }

    /** A claim's value as text (providers' JSON strings included); null when absent. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof JsonString json ? json.getString() : value.toString();
    }
}
