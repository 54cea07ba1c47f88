package io.hikeshi.labels;

import io.hikeshi.incident.IncidentDeclared;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * The labels of incidents as history: every change, suggestion or confirmation is a new row, and the current label
 * of each kind is the newest. People set and confirm labels; suggestions never replace what a person confirmed.
 */
@ApplicationScoped
public class Labels {

    private static final Logger LOG = Logger.getLogger(Labels.class);

    /** What setting a label achieved. */
    public enum Outcome { CHANGED, CONFIRMED, UNCHANGED }

    private final LabelsConfig config;
    private final Clock clock;
    private final Event<LabelsChanged> changed;

    Labels(LabelsConfig config, Clock clock, Event<LabelsChanged> changed) {
        this.config = config;
        this.clock = clock;
        this.changed = changed;
    }

    /** The services named at declaration are the declarer's word, so they are recorded as confirmed by them. */
    void onDeclared(@Observes IncidentDeclared declared) {
        List<String> services = LabelNames.lenient(declared.services());
        if (services.size() < declared.services().size()) {
            LOG.infof("Incident %d: %d of the %d services named at declaration were not usable names",
                    declared.incidentId(), declared.services().size() - services.size(), declared.services().size());
        }
        if (!services.isEmpty()) {
            insert(declared.incidentId(), LabelKind.SERVICE, services, LabelState.CONFIRMED, Label.DECLARE,
                    declared.declaredBy(), null);
            changed.fire(new LabelsChanged(declared.incidentId()));
        }
    }

    /** The current labels of an incident. */
    @Transactional
    public IncidentLabels current(long incidentId) {
        IncidentLabels labels = IncidentLabels.none(incidentId);
        for (LabelRow row : LabelRow.<LabelRow>list("incidentId = ?1 order by id", incidentId)) {
            labels = labels.with(row.label());
        }
        return labels;
    }

    /** The current labels of every incident that has any, by incident number. */
    @Transactional
    public Map<Long, IncidentLabels> currentOfAll() {
        Map<Long, IncidentLabels> all = new HashMap<>();
        LabelRow.<LabelRow>stream("order by id").forEach(row -> all.merge(row.incidentId,
                IncidentLabels.none(row.incidentId).with(row.label()), (old, added) -> old.with(row.label())));
        return all;
    }

    /** Every service name any incident was ever labelled with, in alphabetical order. */
    @Transactional
    public List<String> knownServices() {
        return LabelRow.<LabelRow>stream("kind = ?1", LabelKind.SERVICE.stored())
                .flatMap(row -> row.label().values().stream()).distinct().sorted().toList();
    }

    /** Every label an incident ever had, oldest first. */
    @Transactional
    public List<Label> history(long incidentId) {
        return LabelRow.<LabelRow>list("incidentId = ?1 order by id", incidentId).stream().map(LabelRow::label)
                .toList();
    }

    /**
     * A person sets one kind of label; what they set is confirmed. Setting what is already there confirms it, or
     * changes nothing when it was confirmed already.
     *
     * @param values normalised names ({@link LabelNames#parse}); empty clears the label
     */
    @Transactional
    public Outcome set(long incidentId, LabelKind kind, List<String> values, String by) throws InvalidLabelException {
        List<String> checked = check(kind, values);
        Label now = current(incidentId).of(kind);
        if (now.isSet() && now.values().equals(checked)) {
            if (now.confirmed()) {
                return Outcome.UNCHANGED;
            }
            insert(incidentId, kind, checked, LabelState.CONFIRMED, Label.PERSON, by, null);
            changed.fire(new LabelsChanged(incidentId));
            return Outcome.CONFIRMED;
        }
        if (!now.isSet() && checked.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        insert(incidentId, kind, checked, LabelState.CONFIRMED, Label.PERSON, by, null);
        changed.fire(new LabelsChanged(incidentId));
        return Outcome.CHANGED;
    }

    /**
     * A person sets several kinds at once (the web form): all are checked before any is stored, so a refused value
     * changes nothing.
     */
    @Transactional
    public void setAll(long incidentId, Map<LabelKind, List<String>> values, String by) throws InvalidLabelException {
        for (Map.Entry<LabelKind, List<String>> each : values.entrySet()) {
            check(each.getKey(), each.getValue());
        }
        for (Map.Entry<LabelKind, List<String>> each : values.entrySet()) {
            set(incidentId, each.getKey(), each.getValue(), by);
        }
    }

    /** A person confirms every suggested label as it stands; returns the kinds confirmed. */
    @Transactional
    public List<LabelKind> confirm(long incidentId, String by) {
        List<Label> suggested = current(incidentId).all().stream().filter(Label::suggested).toList();
        suggested.forEach(label -> insert(incidentId, label.kind(), label.values(), LabelState.CONFIRMED,
                Label.PERSON, by, null));
        if (!suggested.isEmpty()) {
            changed.fire(new LabelsChanged(incidentId));
        }
        return suggested.stream().map(Label::kind).toList();
    }

    /**
     * Records a suggestion, kind by kind: never over a label a person confirmed, and not again when the same is
     * already suggested. Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void suggest(long incidentId, Suggestion suggestion) {
        IncidentLabels now = current(incidentId);
        boolean any = false;
        for (Map.Entry<LabelKind, List<String>> each : suggestion.values().entrySet()) {
            Label current = now.of(each.getKey());
            if (each.getValue().isEmpty() || current.confirmed()
                    || current.isSet() && Objects.equals(current.values(), each.getValue())) {
                continue;
            }
            insert(incidentId, each.getKey(), each.getValue(), LabelState.SUGGESTED, suggestion.origin(),
                    Suggestion.BY, suggestion.reason());
            any = true;
        }
        if (any) {
            changed.fire(new LabelsChanged(incidentId));
        }
    }

    /** The values a person may set for a kind: a cause must be one of the configured ones, and only one. */
    private List<String> check(LabelKind kind, Collection<String> values) throws InvalidLabelException {
        List<String> list = List.copyOf(values);
        if (kind != LabelKind.CAUSE) {
            return list;
        }
        if (list.size() > 1) {
            throw new InvalidLabelException("An incident has one cause; give one of: " + causesText() + ".");
        }
        if (!list.isEmpty() && !config.causeNames().contains(list.get(0))) {
            throw new InvalidLabelException("There is no cause \"" + list.get(0) + "\"; the causes are: "
                    + causesText() + ".");
        }
        return list;
    }

    /** The configured causes, joined for messages. */
    public String causesText() {
        return String.join(", ", config.causeNames());
    }

    private void insert(long incidentId, LabelKind kind, List<String> values, LabelState state, String origin,
                        String by, String reason) {
        LabelRow row = new LabelRow();
        row.incidentId = incidentId;
        row.kind = kind.stored();
        row.values = String.join(",", values);
        row.state = state;
        row.origin = origin;
        row.setBy = by.length() > 200 ? by.substring(0, 200) : by;
        row.setAt = clock.instant();
        row.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
        row.persist();
    }
}
