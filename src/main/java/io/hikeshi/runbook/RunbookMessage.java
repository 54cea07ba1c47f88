package io.hikeshi.runbook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the chat messages a posted runbook was split into. */
@Entity
@Table(name = "runbook_message")
class RunbookMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "post_id")
    long postId;

    int part;

    @Column(name = "message_id")
    String messageId;
}
