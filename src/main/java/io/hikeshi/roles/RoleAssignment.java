package io.hikeshi.roles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person holding one role for a period; never overwritten, so the history stays. */
@Entity
@Table(name = "role_assignment")
class RoleAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    String role;

    @Column(name = "user_id")
    String userId;

    @Column(name = "assigned_by")
    String assignedBy;

    @Column(name = "assigned_at")
    Instant assignedAt;

    @Column(name = "relieved_at")
    Instant relievedAt;
}
