package io.hikeshi.llm;

import io.hikeshi.chat.HiddenCharacters;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it leaves the process. Each kind is replaced by {@code [redacted <kind>]}, so a
 * reader still sees that something was there. The list is documented in the README ("Summaries") and each entry
 * has a test; add to both together.
 */
public final class Redactor {

    private record Rule(String kind, Pattern pattern, Function<Matcher, String> replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // PEM blocks first: their base64 body would otherwise be mangled by the rules below. A paste cut off
            // before its END line is redacted to the end of the text.
            whole("private key", "-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\\s\\S]*?(-----END [A-Z0-9 ]*PRIVATE"
                    + " KEY( BLOCK)?-----|\\z)"),
            whole("Slack token", "\\bxox[abposre]-[A-Za-z0-9-]{8,}"),
            whole("Slack token", "\\bxapp-\\d+-[A-Za-z0-9-]{8,}"),
            whole("Slack webhook", "https://hooks\\.slack\\.com/(services|workflows|triggers)/[A-Za-z0-9/_-]+"),
            whole("GitHub token", "\\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}"),
            whole("GitHub token", "\\bgithub_pat_[A-Za-z0-9_]{30,}"),
            whole("AWS key", "\\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}\\b"),
            valueAfter("AWS key", "(?i)(aws.{0,30}?(secret|session|access).{0,20}?[\"']?\\s*[:=]\\s*[\"']?)"
                    + "([A-Za-z0-9/+=]{40,})"),
            whole("JWT", "\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}"),
            valueAfter("password", "(?i)\\b([a-z][a-z0-9+.-]{1,20}://[^/\\s:@<>|]{1,100}:)([^@\\s/<>|]{1,200})(?=@)"),
            valueAfter("bearer token", "(?i)(\\bbearer\\s+)([A-Za-z0-9._~+/-]{20,}=*)"),
            valueAfter("secret", "(?i)((?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token)[\"']?\\s*[:=]"
                    + "\\s*[\"']?)([^\\s\"',;&]{6,})"));

    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");

    private Redactor() {
    }

    /** The text with every secret on the list replaced. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = replace(result, rule.pattern(), rule.replacement());
        }
        return replace(result, CARD, m -> luhn(m.group()) ? "[redacted card number]" : m.group());
    }

    /**
     * The text without hidden characters ({@link HiddenCharacters}), then redacted: stripped first, so that no
     * invisible character can split a secret past the rules and join it again when stripped later.
     */
    public static String redactVisible(String text) {
        return redact(HiddenCharacters.strip(text));
    }

    private static Rule whole(String kind, String regex) {
        return new Rule(kind, Pattern.compile(regex), m -> "[redacted " + kind + "]");
    }

    /** Keeps the label before the secret (group 1), so "password=[redacted password]" still reads well. */
    private static Rule valueAfter(String kind, String regex) {
        return new Rule(kind, Pattern.compile(regex), m -> m.group(1) + "[redacted " + kind + "]");
    }

    private static String replace(String text, Pattern pattern, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean found = false;
        while (matcher.find()) {
            found = true;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        if (!found) {
            return text;
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Whether the digits (separators ignored) pass the Luhn check that every card number passes. */
    static boolean luhn(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19 || digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
