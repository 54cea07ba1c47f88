package io.hikeshi.runbook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One checklist item of a posted runbook, and who ticked it. */
@Entity
@Table(name = "runbook_item")
class RunbookItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "post_id")
    long postId;

    /** The item's number in the body, from 0 (see {@link Markdown.Task#index()}). */
    int item;

    String text;

    @Column(name = "ticked_by")
    String tickedBy;

    @Column(name = "ticked_at")
    Instant tickedAt;
}
