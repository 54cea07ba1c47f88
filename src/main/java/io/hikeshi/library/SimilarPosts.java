package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which similar past incidents were already posted in an incident's channel, so each is posted there once. */
@ApplicationScoped
class SimilarPosts {

    private final EntityManager em;
    private final Clock clock;

    SimilarPosts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    Set<String> posted(long incidentId) {
        Set<String> keys = new HashSet<>();
        em.createNativeQuery("select similar_key from similar_posted where incident_id = ?1")
                .setParameter(1, incidentId).getResultList().forEach(key -> keys.add((String) key));
        return keys;
    }

    @Transactional
    void record(long incidentId, Collection<String> keys) {
        for (String key : keys) {
            em.createNativeQuery("insert into similar_posted (incident_id, similar_key, posted_at) values (?1, ?2, ?3)"
                    + " on conflict do nothing").setParameter(1, incidentId).setParameter(2, key)
                    .setParameter(3, clock.instant()).executeUpdate();
        }
    }
}
