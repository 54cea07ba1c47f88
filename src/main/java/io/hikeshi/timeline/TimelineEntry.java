package io.hikeshi.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened during an incident, in the words the timeline shows. */
@Entity
@Table(name = "timeline_entry")
class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    @Column(name = "occurred_at")
    Instant occurredAt;

    String kind;
    String author;
    String text;
    String permalink;

    @Column(name = "chat_text")
    String chatText;
}
