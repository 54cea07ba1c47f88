package io.hikeshi.catchup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Catch-ups as they were shown: the cache of AI ones, and what delivery tasks read back. */
@ApplicationScoped
class CatchUpStore {

    /** A stored catch-up and its row id. */
    record Stored(long id, CatchUp catchUp) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    CatchUpStore(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** The newest AI catch-up made from exactly this input, if any. */
    @Transactional
    Optional<Stored> current(long incidentId, String fingerprint) {
        return newestAi(incidentId, "fingerprint = ?2", fingerprint);
    }

    /**
     * The newest AI catch-up made from exactly these messages, whatever the timeline and roles were then.
     * {@code messagesPart} is {@link CatchUpSources#messagesPart}: digits, colons, dots and "null", no wildcards.
     */
    @Transactional
    Optional<Stored> currentForMessages(long incidentId, String messagesPart) {
        return newestAi(incidentId, "fingerprint like ?2", messagesPart + "|%");
    }

    /** The newest AI catch-up of the incident whose fingerprint matches {@code condition} on {@code fingerprint}. */
    private Optional<Stored> newestAi(long incidentId, String condition, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, body from incident_summary where incident_id = ?1"
                + " and " + condition + " and ai = true order by id desc")
                .setParameter(1, incidentId).setParameter(2, fingerprint).setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(row -> new Stored(((Number) row[0]).longValue(), read((String) row[1])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    long save(CatchUp catchUp, String fingerprint, int modelCalls) {
        CatchUpRow row = new CatchUpRow();
        row.incidentId = catchUp.incidentId();
        row.fingerprint = fingerprint;
        row.ai = catchUp.aiGenerated();
        row.modelCalls = modelCalls;
        row.body = write(catchUp);
        row.createdAt = clock.instant();
        row.persist();
        return row.id;
    }

    @Transactional
    CatchUp load(long id) {
        return read((String) em.createNativeQuery("select body from incident_summary where id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private String write(CatchUp catchUp) {
        try {
            return json.writeValueAsString(catchUp);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catch-up could not be written as JSON", e);
        }
    }

    private CatchUp read(String body) {
        try {
            return json.readValue(body, CatchUp.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored catch-up could not be read", e);
        }
    }
}
