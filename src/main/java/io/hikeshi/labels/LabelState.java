package io.hikeshi.labels;

/** Whether a person stands behind a label, or it is only a suggestion waiting for one. */
public enum LabelState {
    SUGGESTED("suggested"),
    CONFIRMED("confirmed");

    private final String label;

    LabelState(String label) {
        this.label = label;
    }

    /** The word pages and messages show. */
    public String label() {
        return label;
    }
}
