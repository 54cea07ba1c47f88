package io.hikeshi.support;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;

/** Direct SQL access for tests: start from empty tables, and count what the app recorded. */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;

    TestDatabase(EntityManager em) {
        this.em = em;
    }

    /**
     * Empties the tables. The outbox worker may still be finishing the previous test's work; a delete that
     * collides with it is simply tried again.
     */
    public void clean() {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(this::deleteAll);
                return;
            } catch (PersistenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private void deleteAll() {
        for (String table : List.of("processed_slack_request", "outbox_entry", "timeline_entry", "role_assignment",
                "incident_update", "stakeholder_notice", "update_reminder", "action_item", "runbook_item",
                "runbook_message", "runbook_post", "postmortem_status_change", "postmortem_version", "postmortem",
                "transcript_message", "incident_summary", "declared_from_message", "thread_catch_up", "similar_posted",
                "library_change", "incident_label", "incident_member", "alert", "alert_group_key", "alert_group", "incident")) {
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
