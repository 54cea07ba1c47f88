package io.hikeshi.incident;

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

/** A status change or status update, kept as history; the newest one is what the card shows. */
@Entity
@Table(name = "incident_update")
class IncidentUpdate extends PanacheEntityBase {

    /** What the row records. */
    enum Kind { STATUS, UPDATE, RESOLVE, REOPEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    @Column(name = "posted_at")
    Instant postedAt;

    String author;

    @Enumerated(EnumType.STRING)
    Kind kind;

    @Enumerated(EnumType.STRING)
    IncidentStatus status;

    String text;

    /** What the card shows: the text given, or what happened when there was none. */
    String summary() {
        if (text != null) {
            return text;
        }
        return switch (kind) {
            case RESOLVE -> "Resolved.";
            case REOPEN -> "Reopened; back to " + status.label() + ".";
            default -> "Status: " + status.label() + ".";
        };
    }

    static IncidentUpdate latest(long incidentId) {
        return IncidentUpdate.<IncidentUpdate>find("incidentId = ?1 order by postedAt desc, id desc", incidentId)
                .firstResult();
    }
}
