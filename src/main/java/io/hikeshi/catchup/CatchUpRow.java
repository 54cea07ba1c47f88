package io.hikeshi.catchup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A catch-up as it was shown (JSON of {@link io.hikeshi.chat.CatchUp}), with the input it was made from. */
@Entity
@Table(name = "incident_summary")
class CatchUpRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    String fingerprint;

    boolean ai;

    @Column(name = "model_calls")
    int modelCalls;

    String body;

    @Column(name = "created_at")
    Instant createdAt;
}
