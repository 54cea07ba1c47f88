package io.hikeshi.insights;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two incidents count as repeats of each other: the same cause (other than unknown) and at least one shared
 * service, or titles that share most of their words (Jaccard similarity of at least {@value #TITLE_SIMILARITY} over
 * words of three or more letters, and over character pairs for Japanese).
 */
final class SimilarityRule {

    static final double TITLE_SIMILARITY = 0.5;
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{N}]{3,}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,}");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "are", "was", "not", "all",
            "some", "down", "error", "errors", "failing", "failed", "issue", "incident");

    private SimilarityRule() {
    }

    /** What the two share, or null when they are not similar. */
    static String why(LabelledIncident a, LabelledIncident b) {
        if (a.cause() != null && a.cause().equals(b.cause()) && !"unknown".equals(a.cause())) {
            List<String> shared = a.services().stream().filter(b.services()::contains).toList();
            if (!shared.isEmpty()) {
                return "cause " + a.cause() + ", service " + String.join(", ", shared);
            }
        }
        Set<String> x = words(a.incident().title());
        Set<String> y = words(b.incident().title());
        if (x.isEmpty() || y.isEmpty()) {
            return null;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size() >= TITLE_SIMILARITY ? "similar titles" : null;
    }

    static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(lower);
        while (word.find()) {
            if (!STOP.contains(word.group())) {
                words.add(word.group());
            }
        }
        Matcher cjk = CJK.matcher(lower);
        while (cjk.find()) {
            String run = cjk.group();
            for (int i = 0; i + 2 <= run.length(); i++) {
                words.add(run.substring(i, i + 2));
            }
        }
        return words;
    }
}
