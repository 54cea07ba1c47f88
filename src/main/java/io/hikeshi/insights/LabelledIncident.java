package io.hikeshi.insights;

import io.hikeshi.incident.IncidentStats;
import io.hikeshi.labels.IncidentLabels;
import java.util.List;

/** An incident with its current labels (confirmed or suggested) as the insights count it. */
record LabelledIncident(IncidentStats.Summary incident, List<String> services, String cause) {

    /** What the insights call an incident with no service or no cause. */
    static final String UNLABELLED = "unlabelled";

    static LabelledIncident of(IncidentStats.Summary incident, IncidentLabels labels) {
        if (labels == null) {
            return new LabelledIncident(incident, List.of(), null);
        }
        return new LabelledIncident(incident, labels.services().values(), labels.cause().single());
    }
}
