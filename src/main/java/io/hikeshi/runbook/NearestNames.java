package io.hikeshi.runbook;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggests runbooks for a name nobody has, nearest first: those whose name or title contains what was typed, then
 * those fewest typos away (Levenshtein distance to the name, the title, and each word of either).
 */
final class NearestNames {

    private static final int SUGGESTIONS = 3;

    private NearestNames() {
    }

    static List<Runbook> suggest(String typed, List<Runbook> runbooks) {
        String wanted = CatalogSnapshot.normalise(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return runbooks.stream()
                .map(runbook -> new Candidate(runbook, distance(wanted, runbook)))
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(c -> c.runbook.name()))
                .limit(SUGGESTIONS)
                .map(Candidate::runbook)
                .toList();
    }

    private record Candidate(Runbook runbook, int distance) {
    }

    /** 0 when the name or title contains the typed text; otherwise the fewest edits to any of them. */
    private static int distance(String wanted, Runbook runbook) {
        String name = runbook.name().toLowerCase(Locale.ROOT);
        String title = CatalogSnapshot.normalise(runbook.title());
        if (name.contains(wanted) || title.contains(wanted) || wanted.contains(name)) {
            return 0;
        }
        int best = Math.min(levenshtein(wanted, name), levenshtein(wanted, title));
        for (String word : title.split(" ")) {
            best = Math.min(best, levenshtein(wanted, word));
        }
        for (String part : name.split("[-_]")) {
            best = Math.min(best, levenshtein(wanted, part));
        }
        return best;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
