package io.hikeshi.labels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a label says about an incident: the services it affected, its cause category, or a free tag. */
public enum LabelKind {
    SERVICE("service", "Services"),
    CAUSE("cause", "Cause"),
    TAG("tag", "Tags");

    private final String stored;
    private final String title;

    LabelKind(String stored, String title) {
        this.stored = stored;
        this.title = title;
    }

    /** The name stored in {@code incident_label.kind} and typed in commands. */
    public String stored() {
        return stored;
    }

    /** How pages and messages head it. */
    public String title() {
        return title;
    }

    /** The kind a word names: "service", "services", "cause", "tag", "tags"; empty for anything else. */
    public static Optional<LabelKind> parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return Arrays.stream(values()).filter(k -> k.stored.equals(w) || k.stored.equals(singular)).findFirst();
    }

    static LabelKind ofStored(String stored) {
        return Arrays.stream(values()).filter(k -> k.stored.equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown label kind " + stored));
    }
}
