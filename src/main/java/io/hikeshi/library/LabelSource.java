package io.hikeshi.library;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of a live incident, for the library's index and its filters: the services it affected, its cause
 * category and free labels. The labels feature implements it; until then {@link NoLabels} says there are none.
 */
public interface LabelSource {

    /** The incident's current labels (confirmed or suggested); {@link IncidentLabels#NONE} when it has none. */
    IncidentLabels of(long incidentId);

    /** The labels of many incidents at once (building the index); override to read them in one query. */
    default Map<Long, IncidentLabels> of(Collection<Long> incidentIds) {
        Map<Long, IncidentLabels> labels = new HashMap<>();
        incidentIds.forEach(id -> labels.put(id, of(id)));
        return labels;
    }

    /**
     * @param services services affected, as people name them (e.g. {@code checkout})
     * @param cause    cause category (e.g. {@code deploy}); null when not known
     * @param labels   any other labels
     */
    record IncidentLabels(List<String> services, String cause, List<String> labels) {
        public static final IncidentLabels NONE = new IncidentLabels(List.of(), null, List.of());

        public IncidentLabels {
            services = services == null ? List.of() : List.copyOf(services);
            labels = labels == null ? List.of() : List.copyOf(labels);
        }
    }
}
