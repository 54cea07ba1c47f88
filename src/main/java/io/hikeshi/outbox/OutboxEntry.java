package io.hikeshi.outbox;

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

/** A side effect to perform on the chat platform, stored with the state change that caused it. */
@Entity
@Table(name = "outbox_entry")
class OutboxEntry extends PanacheEntityBase {

    /** Life of an entry. */
    enum State { PENDING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String kind;

    @Column(name = "incident_id")
    Long incidentId;

    String payload;

    @Enumerated(EnumType.STRING)
    State state;

    int attempts;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "first_tried_at")
    Instant firstTriedAt;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "done_at")
    Instant doneAt;

    @Column(name = "last_error")
    String lastError;

    /** Entries of one lane run one at a time, in order; null for an entry that stands alone. */
    String lane;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_until")
    Instant claimedUntil;
}
