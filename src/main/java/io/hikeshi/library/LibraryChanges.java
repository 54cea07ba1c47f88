package io.hikeshi.library;

import io.hikeshi.incident.IncidentChannelOpened;
import io.hikeshi.incident.IncidentDeclared;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentResolved;
import io.hikeshi.incident.IncidentStatus;
import io.hikeshi.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * How the library hears that what it knows about an incident changed: a row in {@code library_change}, written in
 * the caller's transaction, which every replica reads into its index within a few seconds ({@link IndexSync}).
 * Declarations, resolutions and opened channels are observed here; other features call it.
 */
@ApplicationScoped
public class LibraryChanges {

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;
    private final IncidentQueries incidents;
    private final LibraryConfig config;

    LibraryChanges(EntityManager em, Clock clock, Outbox outbox, IncidentQueries incidents, LibraryConfig config) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.incidents = incidents;
        this.config = config;
    }

    /** The incident's indexed facts changed (labels, status, postmortem, timeline): index it again everywhere. */
    @Transactional
    public void incidentChanged(long incidentId) {
        record(incidentId, null);
    }

    /**
     * The incident's title or description changed: index it again, and look again for similar past incidents in its
     * channel, posting only those not posted before.
     */
    @Transactional
    public void incidentRetitled(long incidentId) {
        record(incidentId, null);
        incidents.byNumber(incidentId).filter(ref -> ref.channelId() != null
                        && ref.status() != IncidentStatus.RESOLVED && config.postOnDeclare())
                .ifPresent(ref -> outbox.enqueue(SimilarTasks.LOOK, incidentId));
    }

    void historyChanged(String source) {
        record(null, source);
    }

    void declared(@Observes IncidentDeclared declared) {
        record(declared.incidentId(), null);
    }

    void resolved(@Observes IncidentResolved resolved) {
        record(resolved.incidentId(), null);
    }

    /** The channel is where similar past incidents are posted: queue looking for them, nothing more. */
    void channelOpened(@Observes IncidentChannelOpened opened) {
        if (config.postOnDeclare()) {
            outbox.enqueue(SimilarTasks.LOOK, opened.incidentId());
        }
    }

    private void record(Long incidentId, String source) {
        // Two statements rather than a null parameter, whose type PostgreSQL cannot tell.
        String column = incidentId != null ? "incident_id" : "source";
        em.createNativeQuery("insert into library_change (" + column + ", changed_at) values (?1, ?2)")
                .setParameter(1, incidentId != null ? incidentId : source)
                .setParameter(2, clock.instant()).executeUpdate();
    }
}
