package io.hikeshi.llm;

import io.hikeshi.chat.HiddenCharacters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it leaves the process. Each kind is replaced by {@code [redacted <kind>]}, so a
 * reader still sees that something was there. The list is documented in the README ("Catch-ups") and each entry
 * has a test; add to both together.
 */
public final class Redactor {

    /** A rule is tried only on text holding one of its hints (lower case), if it has any: most text has none. */
    private record Rule(String kind, Pattern pattern, Function<Matcher, String> replacement, List<String> hints) {

        boolean mayMatch(String lowerCaseText) {
            return hints.isEmpty() || hints.stream().anyMatch(lowerCaseText::contains);
        }
    }

    // Every token rule starts where the character before cannot belong to the token ((?<!…)), and repeats
    // possessively or within a bound, so each run of text is tried from one place only: linear time, whatever the
    // input. A value never starts with "[redacted", so a rule does not redact what an earlier one left.
    private static final String NOT_DONE = "(?!\\[redacted)";
    /** Not inside a word of [A-Za-z0-9_-], though right after a lone "_" (Slack italics) is fine. */
    private static final String AFTER_WORD = "(?:(?<![A-Za-z0-9_-])|(?<=(?:^|[^A-Za-z0-9_-])_))";
    private static final String KEYS = "(?:password|passwd|pwd|passphrase|secret|client[_-]?secret|api[_-]?key"
            + "|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|session[_-]?token|token"
            + "|private[_-]?key|credentials?)";

    private static final List<Rule> RULES = List.of(
            // PEM blocks first: their base64 body would otherwise be mangled by the rules below. A paste cut off
            // before its END line is redacted to the end of the text.
            whole("private key", "-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----[\\s\\S]*?(-----END"
                    + " [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----|\\z)", List.of("-----begin ")),
            whole("Slack webhook", "https://hooks\\.slack\\.com/(services|workflows|triggers)/[A-Za-z0-9/_-]++",
                    List.of("hooks.slack.com")),
            // xoxb, xoxp, xoxa, xoxo, xoxr, xoxs, xoxe (and xoxe.xoxp refresh tokens), xoxc and the URL-encoded
            // xoxd session cookie, and app-level xapp tokens.
            whole("Slack token", "(?<![A-Za-z0-9])xox[a-z](\\.xox[a-z])?-[A-Za-z0-9%/+=-]{8,}+", List.of("xox")),
            whole("Slack token", "(?<![A-Za-z0-9])xapp-\\d+-[A-Za-z0-9-]{8,}+", List.of("xapp-")),
            whole("GitHub token", "(?<![A-Za-z0-9])(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}+",
                    List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
            whole("GitHub token", AFTER_WORD + "github_pat_[A-Za-z0-9_]{30,}+", List.of("github_pat_")),
            whole("GitLab token", AFTER_WORD + "gl(pat|ptt|dt|rt|cbt|soat|ft|imt|oas)-[A-Za-z0-9_-]{20,}+",
                    List.of("gl")),
            whole("Google API key", AFTER_WORD + "AIza[A-Za-z0-9_-]{35}", List.of("aiza")),
            whole("Stripe key", "(?<![A-Za-z0-9])(sk|rk)_(live|test)_[A-Za-z0-9]{10,}+", List.of("_live_", "_test_")),
            whole("Stripe key", "(?<![A-Za-z0-9])whsec_[A-Za-z0-9]{20,}+", List.of("whsec_")),
            whole("npm token", "(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}", List.of("npm_")),
            whole("SendGrid key", AFTER_WORD + "SG\\.[A-Za-z0-9_-]{16,}+\\.[A-Za-z0-9_-]{16,}+", List.of("sg.")),
            // OpenAI (sk-, sk-proj-, sk-svcacct-) and Anthropic (sk-ant-) keys; a digit tells them from words.
            checked("API key", AFTER_WORD + "sk-[A-Za-z0-9_-]{20,}+", Redactor::hasDigit, List.of("sk-")),
            whole("AWS key", "(?<![A-Z0-9])(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}"
                    + "(?![A-Z0-9])",
                    List.of("akia", "asia", "agpa", "aida", "aroa", "anpa", "anva", "aipa", "abia", "acca")),
            whole("JWT", AFTER_WORD + "eyJ[A-Za-z0-9_-]{5,}+\\.eyJ[A-Za-z0-9_-]{5,}+\\.[A-Za-z0-9_-]{10,}+",
                    List.of("eyj")),
            // A 40-character AWS secret access key, labelled or not: mixed case and a digit tell it from a hash.
            checked("AWS key", "(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])", Redactor::mixed, List.of()),
            valueAfter("bearer token", "(?i)(authorization[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?(?:(?:bearer|basic|token|bot)"
                    + "\\s{1,5})?)" + NOT_DONE + "([^\\s\"',;]{8,}+)", List.of("authorization")),
            valueAfter("bearer token", "(?i)(\\b(?:bearer|basic)\\s{1,5})" + NOT_DONE
                    + "([A-Za-z0-9._~+/-]{16,}+=*+)", List.of("bearer", "basic")),
            valueAfter("secret", "(?i)(" + KEYS + "[\"']?\\s{0,5}[:=]\\s{0,5})" + NOT_DONE
                    + "(\"[^\"\\r\\n]{3,300}|'[^'\\r\\n]{3,300}|[^\\s\"',;&<>]{6,}+)",
                    List.of("pass", "pwd", "secret", "key", "token", "credential")));

    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");

    private Redactor() {
    }

    /** The text with every secret on the list replaced. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = UrlCredentials.redact(text);
        for (Rule rule : RULES) {
            if (rule.mayMatch(result.toLowerCase(Locale.ROOT))) {
                result = replace(result, rule.pattern(), rule.replacement());
            }
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

    private static Rule whole(String kind, String regex, List<String> hints) {
        return new Rule(kind, Pattern.compile(regex), m -> "[redacted " + kind + "]", hints);
    }

    /** Redacts a match only when the check passes, e.g. a key must hold a digit to tell it from a word. */
    private static Rule checked(String kind, String regex, Predicate<String> isSecret, List<String> hints) {
        return new Rule(kind, Pattern.compile(regex), m -> isSecret.test(m.group()) ? "[redacted " + kind + "]"
                : m.group(), hints);
    }

    /**
     * Keeps the label before the secret (group 1), so "password=[redacted secret]" still reads well; a quoted value
     * keeps its opening quote.
     */
    private static Rule valueAfter(String kind, String regex, List<String> hints) {
        return new Rule(kind, Pattern.compile(regex), m -> m.group(1) + quote(m.group(2)) + "[redacted " + kind
                + "]", hints);
    }

    private static String quote(String value) {
        return value.startsWith("\"") || value.startsWith("'") ? value.substring(0, 1) : "";
    }

    private static boolean hasDigit(String candidate) {
        return candidate.chars().anyMatch(Character::isDigit);
    }

    /** Upper case, lower case and a digit: a random key, not a hex hash or a word. */
    private static boolean mixed(String candidate) {
        return hasDigit(candidate) && candidate.chars().anyMatch(Character::isUpperCase)
                && candidate.chars().anyMatch(Character::isLowerCase);
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
