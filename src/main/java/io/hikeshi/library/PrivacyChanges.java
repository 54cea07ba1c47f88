package io.hikeshi.library;

import io.hikeshi.incident.IncidentPrivacyChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** An incident became private or public: every replica indexes it again, so search and similar incidents follow. */
@ApplicationScoped
class PrivacyChanges {

    private final LibraryChanges changes;

    PrivacyChanges(LibraryChanges changes) {
        this.changes = changes;
    }

    void changed(@Observes IncidentPrivacyChanged changed) {
        changes.incidentChanged(changed.incidentId());
    }
}
