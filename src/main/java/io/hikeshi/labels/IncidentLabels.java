package io.hikeshi.labels;

import java.util.List;

/** The current labels of one incident, one per kind; a kind nobody set is an unset {@link Label}. */
public record IncidentLabels(long incidentId, Label services, Label cause, Label tags) {

    static IncidentLabels none(long incidentId) {
        return new IncidentLabels(incidentId, Label.unset(LabelKind.SERVICE), Label.unset(LabelKind.CAUSE),
                Label.unset(LabelKind.TAG));
    }

    public Label of(LabelKind kind) {
        return switch (kind) {
            case SERVICE -> services;
            case CAUSE -> cause;
            case TAG -> tags;
        };
    }

    IncidentLabels with(Label label) {
        return switch (label.kind()) {
            case SERVICE -> new IncidentLabels(incidentId, label, cause, tags);
            case CAUSE -> new IncidentLabels(incidentId, services, label, tags);
            case TAG -> new IncidentLabels(incidentId, services, cause, label);
        };
    }

    /** Every kind, in the order pages show them. */
    public List<Label> all() {
        return List.of(services, cause, tags);
    }

    /** Whether any label waits for a person to confirm it. */
    public boolean anySuggested() {
        return all().stream().anyMatch(Label::suggested);
    }
}
