package io.hikeshi.roles;

import io.hikeshi.incident.IncidentDeclared;
import io.hikeshi.incident.RoleHolders;
import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assigns incident roles and tells who holds one now; the current holder is derived from the history. */
@ApplicationScoped
public class Roles implements RoleHolders {

    public static final String COMMANDER = RoleHolders.COMMANDER;
    public static final String SCRIBE = RoleHolders.SCRIBE;

    private final Clock clock;
    private final Rows rows;

    Roles(Clock clock, Rows rows) {
        this.clock = clock;
        this.rows = rows;
    }

    /** Gives the first holder of {@code role} in a new incident; there is nobody to relieve, so no lookup. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignFirst(long incidentId, String role, String userId) {
        persist(incidentId, role, userId, userId, clock.instant());
    }

    /** Whoever declares an incident is its first commander, in the declaration's transaction. */
    void onDeclared(@Observes IncidentDeclared declared) {
        assignFirst(declared.incidentId(), COMMANDER, declared.declaredBy());
    }

    /** Gives {@code role} to {@code userId}, relieving whoever held it. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(long incidentId, String role, String userId, String assignedBy) {
        Instant now = clock.instant();
        RoleAssignment.<RoleAssignment>stream("incidentId = ?1 and role = ?2 and relievedAt is null", incidentId, role)
                .forEach(current -> current.relievedAt = now);
        persist(incidentId, role, userId, assignedBy, now);
    }

    private void persist(long incidentId, String role, String userId, String assignedBy, Instant at) {
        rows.execute("insert into role_assignment (incident_id, role, user_id, assigned_by, assigned_at)"
                + " values (?, ?, ?, ?, ?)", incidentId, role, userId, assignedBy, at);
    }

    /** Who holds which role now, in order of assignment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Holding> current(long incidentId) {
        return RoleAssignment.<RoleAssignment>list("incidentId = ?1 and relievedAt is null order by assignedAt, id",
                incidentId).stream().map(Roles::holding).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> held(long incidentId) {
        Map<String, String> held = new LinkedHashMap<>();
        current(incidentId).forEach(holding -> held.put(holding.role(), holding.userId()));
        return held;
    }

    /** Every assignment, oldest first, including the relieved ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Holding> history(long incidentId) {
        return RoleAssignment.<RoleAssignment>list("incidentId = ?1 order by assignedAt, id", incidentId).stream()
                .map(Roles::holding).toList();
    }

    private static Holding holding(RoleAssignment a) {
        return new Holding(a.role, a.userId, a.assignedBy, a.assignedAt, a.relievedAt);
    }

    /** One period of one person in one role; {@code relievedAt} is null while they hold it. */
    public record Holding(String role, String userId, String assignedBy, Instant assignedAt, Instant relievedAt) {
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> holder(long incidentId, String role) {
        return RoleAssignment.<RoleAssignment>find("incidentId = ?1 and role = ?2 and relievedAt is null",
                        incidentId, role)
                .firstResultOptional()
                .map(assignment -> assignment.userId);
    }
}
