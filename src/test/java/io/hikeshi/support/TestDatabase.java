package io.hikeshi.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Direct SQL access for tests: start from empty tables, and count what the app recorded. */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;

    TestDatabase(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void clean() {
        for (String table : List.of("processed_slack_request", "outbox_entry", "timeline_entry", "role_assignment",
                "incident_update", "stakeholder_notice", "update_reminder", "action_item", "incident")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    @Transactional
    public long count(String sql) {
        return ((Number) em.createNativeQuery("select count(*) from " + sql).getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    @Transactional
    public Object value(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }
}
