package io.hikeshi.labels;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Labels suggested for an incident, and why: the sources the model cited, or the keywords the rules found.
 *
 * @param origin {@link Label#LLM} or {@link Label#RULES}
 */
record Suggestion(Map<LabelKind, List<String>> values, String origin, String reason) {

    /** Who suggestions are by. */
    static final String BY = "hikeshi";

    Suggestion {
        Map<LabelKind, List<String>> ordered = new EnumMap<>(LabelKind.class);
        values.forEach((kind, names) -> ordered.put(kind, List.copyOf(names)));
        values = Collections.unmodifiableMap(ordered);
    }

    boolean isEmpty() {
        return values.values().stream().allMatch(List::isEmpty);
    }
}
