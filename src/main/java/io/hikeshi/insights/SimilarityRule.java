package io.hikeshi.insights;

import java.util.List;

/**
 * When the labels alone make two incidents repeats of each other: the same cause (other than unknown) and at least
 * one shared service. Text similarity is the library's ({@code library.SimilarIncidents}).
 */
final class SimilarityRule {

    private SimilarityRule() {
    }

    /** One key per service of an incident with a cause: incidents sharing a key are repeats. */
    static List<String> keys(LabelledIncident incident) {
        if (incident.cause() == null || "unknown".equals(incident.cause())) {
            return List.of();
        }
        return incident.services().stream().map(s -> incident.cause() + "\n" + s).toList();
    }

    /** What incidents sharing {@code key} share, for people. */
    static String describe(String key) {
        int split = key.indexOf('\n');
        return "cause " + key.substring(0, split) + ", service " + key.substring(split + 1);
    }
}
