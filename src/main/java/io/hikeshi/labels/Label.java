package io.hikeshi.labels;

import java.time.Instant;
import java.util.List;

/**
 * One kind of label of an incident as someone set, suggested or confirmed it. The current label of a kind is the
 * newest; older ones are its history.
 *
 * @param values the names (one cause at most); empty when cleared or never set
 * @param state  null when the kind was never set
 * @param origin who or what set it: declare, person, llm, rules
 * @param by     a chat user id, a web user's name, or "hikeshi" for suggestions
 * @param reason why it was suggested (the sources the model cited, the keywords that matched); null otherwise
 */
public record Label(LabelKind kind, List<String> values, LabelState state, String origin, String by, Instant at,
                    String reason) {

    public static final String DECLARE = "declare";
    public static final String PERSON = "person";
    public static final String LLM = "llm";
    public static final String RULES = "rules";

    public Label {
        values = List.copyOf(values);
    }

    static Label unset(LabelKind kind) {
        return new Label(kind, List.of(), null, null, null, null, null);
    }

    /** Whether anyone or anything ever set it. */
    public boolean isSet() {
        return state != null;
    }

    public boolean suggested() {
        return state == LabelState.SUGGESTED;
    }

    public boolean confirmed() {
        return state == LabelState.CONFIRMED;
    }

    /** The names joined for reading, "api, auth"; "—" when there are none. */
    public String text() {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }

    /** The names joined as a form field holds them, "api, auth". */
    public String field() {
        return String.join(", ", values);
    }

    /** The one value of a cause; null when there is none. */
    public String single() {
        return values.isEmpty() ? null : values.get(0);
    }
}
