package io.hikeshi.runbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores how well a runbook fits an incident, from the incident's title, description and severity:
 * <ul>
 *   <li>each of the runbook's {@code services} named in the title or description: 3 points;</li>
 *   <li>each of its {@code keywords} there: 2 points;</li>
 *   <li>the incident's severity among its {@code severities}: 1 point. A runbook that lists severities does not
 *       match incidents of other severities at all.</li>
 * </ul>
 * Words match whole words, ignoring case and punctuation and a plural "s" ({@code 500} matches "500s",
 * {@code payments-api} matches "Payments API"). Documented in templates/README.md.
 */
public final class RunbookMatcher {

    static final int SERVICE = 3;
    static final int KEYWORD = 2;
    static final int SEVERITY = 1;

    /** What an incident says about itself. */
    public record IncidentFacts(String title, String description, String severity) {
    }

    /** A runbook's score for one incident and the reasons for it, e.g. "service checkout". */
    public record Scored(Runbook runbook, int score, List<String> reasons) {
    }

    private RunbookMatcher() {
    }

    /** Every runbook with its score, best first; ties by name. */
    public static List<Scored> rank(List<Runbook> runbooks, IncidentFacts incident) {
        return runbooks.stream()
                .map(runbook -> score(runbook, incident))
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(scored -> scored.runbook().name()))
                .toList();
    }

    static Scored score(Runbook runbook, IncidentFacts incident) {
        Runbook.Match match = runbook.match();
        boolean severityListed = match.severities().stream().anyMatch(s -> s.equalsIgnoreCase(incident.severity()));
        if (!match.severities().isEmpty() && !severityListed) {
            return new Scored(runbook, 0, List.of());
        }
        String[] words = words(incident.title() + " " + (incident.description() == null ? "" : incident.description()));
        List<String> reasons = new ArrayList<>();
        int score = 0;
        for (String service : match.services()) {
            if (mentions(words, service)) {
                score += SERVICE;
                reasons.add("service " + service);
            }
        }
        for (String keyword : match.keywords()) {
            if (mentions(words, keyword)) {
                score += KEYWORD;
                reasons.add("keyword " + keyword);
            }
        }
        if (severityListed) {
            score += SEVERITY;
            reasons.add("severity " + incident.severity());
        }
        return new Scored(runbook, score, List.copyOf(reasons));
    }

    /** Whether the phrase's words occur in a row in the text's words. */
    static boolean mentions(String[] text, String phrase) {
        String[] wanted = words(phrase);
        if (wanted.length == 0) {
            return false;
        }
        for (int start = 0; start + wanted.length <= text.length; start++) {
            int i = 0;
            while (i < wanted.length && sameWord(text[start + i], wanted[i])) {
                i++;
            }
            if (i == wanted.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(String a, String b) {
        return a.equals(b) || a.equals(b + "s") || b.equals(a + "s") || a.equals(b + "es") || b.equals(a + "es");
    }

    static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
    }
}
