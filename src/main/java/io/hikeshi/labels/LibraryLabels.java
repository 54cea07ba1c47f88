package io.hikeshi.labels;

import io.hikeshi.library.LabelSource;
import io.hikeshi.library.LibraryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The library's view of labels: it indexes each incident's current services, cause and tags (confirmed or
 * suggested) for search filters and similar incidents, and hears in the same transaction whenever they change.
 */
@ApplicationScoped
class LibraryLabels implements LabelSource {

    private final Labels labels;
    private final LibraryChanges changes;

    LibraryLabels(Labels labels, LibraryChanges changes) {
        this.labels = labels;
        this.changes = changes;
    }

    void changed(@Observes LabelsChanged changed) {
        changes.incidentChanged(changed.incidentId());
    }

    @Override
    public IncidentLabels of(long incidentId) {
        return forLibrary(labels.current(incidentId));
    }

    @Override
    public Map<Long, IncidentLabels> of(Collection<Long> incidentIds) {
        Map<Long, io.hikeshi.labels.IncidentLabels> all = labels.currentOfAll();
        Map<Long, IncidentLabels> wanted = new HashMap<>();
        incidentIds.forEach(id -> wanted.put(id, all.containsKey(id) ? forLibrary(all.get(id))
                : IncidentLabels.NONE));
        return wanted;
    }

    private static IncidentLabels forLibrary(io.hikeshi.labels.IncidentLabels current) {
        return new IncidentLabels(current.services().values(), current.cause().single(), current.tags().values());
    }
}
