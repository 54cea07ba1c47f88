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

/** A move of a postmortem to a status, kept as history. */
@Entity
@Table(name = "postmortem_status_change")
class PostmortemStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "postmortem_id")
    long postmortemId;

    @Enumerated(EnumType.STRING)
    PostmortemStatus status;

    int version;

    @Column(name = "changed_by")
    String changedBy;

    @Column(name = "changed_at")
    Instant changedAt;
}
