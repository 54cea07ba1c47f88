package io.hikeshi.roles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Assigns incident roles and tells who holds one now; the current holder is derived from the history. */
@ApplicationScoped
public class Roles {

    public static final String COMMANDER = "commander";
    public static final String SCRIBE = "scribe";

    private final Clock clock;

    Roles(Clock clock) {
        this.clock = clock;
    }

    /** Gives {@code role} to {@code userId}, relieving whoever held it. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(long incidentId, String role, String userId, String assignedBy) {
        Instant now = clock.instant();
        RoleAssignment.<RoleAssignment>stream("incidentId = ?1 and role = ?2 and relievedAt is null", incidentId, role)
                .forEach(current -> current.relievedAt = now);
        RoleAssignment assignment = new RoleAssignment();
        assignment.incidentId = incidentId;
        assignment.role = role;
        assignment.userId = userId;
        assignment.assignedBy = assignedBy;
        assignment.assignedAt = now;
        assignment.persist();
    }

    /** The user id holding {@code role} now, if anyone does. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> holder(long incidentId, String role) {
        return RoleAssignment.<RoleAssignment>find("incidentId = ?1 and role = ?2 and relievedAt is null",
                        incidentId, role)
                .firstResultOptional()
                .map(assignment -> assignment.userId);
    }
}
