package io.hikeshi.alerts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title or service written in a route with placeholders: {@code {{ labels.service }}} and
 * {@code {{ annotations.summary }}} take that value of the alert (empty when it has none). The result is plain words:
 * control characters become spaces and it is never longer than asked.
 */
final class AlertTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(labels|annotations)\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern ANY_BRACES = Pattern.compile("\\{\\{|}}");

    private AlertTemplate() {
    }

    /** Why the template cannot be used, or null when it can. */
    static String problemWith(String template) {
        String rest = PLACEHOLDER.matcher(template).replaceAll("");
        if (ANY_BRACES.matcher(rest).find()) {
            return "a placeholder must read `{{ labels.name }}` or `{{ annotations.name }}`";
        }
        return null;
    }

    static String render(String template, Map<String, String> labels, Map<String, String> annotations, int maxLength) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            Map<String, String> values = placeholder.group(1).equals("labels") ? labels : annotations;
            placeholder.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(placeholder.group(2), "")));
        }
        placeholder.appendTail(out);
        return oneLine(out.toString(), maxLength);
    }

    /** Words on one line: control characters become spaces, runs of spaces one, cut to {@code maxLength}. */
    static String oneLine(String text, int maxLength) {
        String clean = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        return clean.length() <= maxLength ? clean : clean.substring(0, maxLength - 1).strip() + "…";
    }
}
