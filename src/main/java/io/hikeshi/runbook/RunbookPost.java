package io.hikeshi.runbook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A runbook posted in an incident's channel, with the copy of its body that was posted. */
@Entity
@Table(name = "runbook_post")
class RunbookPost extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    @Column(name = "runbook_name")
    String runbookName;

    String title;

    String description;

    String body;

    /** Why it was posted, e.g. "matched service checkout, keyword 5xx". */
    String reason;

    /** Who asked for it; null when hikeshi posted it on declare. */
    @Column(name = "posted_by")
    String postedBy;

    @Column(name = "posted_at")
    Instant postedAt;
}
