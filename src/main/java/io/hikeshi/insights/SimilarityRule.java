package io.hikeshi.insights;

/**
 * When the labels alone make two incidents repeats of each other: the same cause (other than unknown) and at least
 * one shared service. Text similarity is the library's ({@code library.SimilarIncidents}).
 */
final class SimilarityRule {

    private SimilarityRule() {
    }

    /** What the two share, or null when their labels do not make them repeats. */
    static String why(LabelledIncident a, LabelledIncident b) {
        if (a.cause() == null || !a.cause().equals(b.cause()) || "unknown".equals(a.cause())) {
            return null;
        }
        var shared = a.services().stream().filter(b.services()::contains).toList();
        return shared.isEmpty() ? null : "cause " + a.cause() + ", service " + String.join(", ", shared);
    }
}
