package io.hikeshi.postmortem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The postmortem of one incident: its status and the number of its newest version. */
@Entity
@Table(name = "postmortem")
class Postmortem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    @Enumerated(EnumType.STRING)
    PostmortemStatus status;

    @Column(name = "current_version")
    int currentVersion;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static Optional<Postmortem> ofIncident(long incidentId) {
        return Postmortem.<Postmortem>find("incidentId", incidentId).firstResultOptional();
    }
}
