package io.hikeshi.library;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/** No labels for any incident: the {@link LabelSource} until a feature that keeps labels provides one. */
@DefaultBean
@ApplicationScoped
class NoLabels implements LabelSource {

    @Override
    public IncidentLabels of(long incidentId) {
        return IncidentLabels.NONE;
    }

    @Override
    public Map<Long, IncidentLabels> of(Collection<Long> incidentIds) {
        return Map.of();
    }
}
