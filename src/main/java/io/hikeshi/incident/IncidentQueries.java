package io.hikeshi.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** How other features read incidents: immutable records, each read in one query, never the entity. */
@ApplicationScoped
public class IncidentQueries {

    @Transactional
    public Optional<IncidentRef> byNumber(long number) {
        return Incident.<Incident>findByIdOptional(number).map(IncidentRef::of);
    }

    /** The incident whose channel this is. */
    @Transactional
    public Optional<IncidentRef> byChannel(String channelId) {
        return Incident.<Incident>find("channelId", channelId).firstResultOptional().map(IncidentRef::of);
    }

    /** Incidents not yet resolved whose channel is open. */
    @Transactional
    public List<IncidentRef> openWithChannel() {
        return Incident.<Incident>list("status <> ?1 and channelId is not null", IncidentStatus.RESOLVED).stream()
                .map(IncidentRef::of).toList();
    }

    /** The incident's own record: who declared it, when things happened, where it was announced. */
    @Transactional
    public Optional<IncidentRecord> record(long number) {
        return Incident.<Incident>findByIdOptional(number).map(IncidentRecord::of);
    }
}
