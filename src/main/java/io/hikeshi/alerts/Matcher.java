package io.hikeshi.alerts;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One condition of a route on a label or an annotation: equal to a value, matching a regular expression (anchored at
 * both ends, as in Alertmanager), or present; {@code negated} turns it round.
 */
record Matcher(Field field, String name, Kind kind, String value, Pattern pattern, boolean negated) {

    enum Field { LABEL, ANNOTATION }

    enum Kind { EQUALS, REGEX, PRESENT }

    boolean test(Map<String, String> labels, Map<String, String> annotations) {
        String actual = (field == Field.LABEL ? labels : annotations).get(name);
        boolean holds = switch (kind) {
            case EQUALS -> value.equals(actual);
            case REGEX -> actual != null && pattern.matcher(actual).matches();
            case PRESENT -> actual != null && !actual.isEmpty();
        };
        return holds != negated;
    }
}
