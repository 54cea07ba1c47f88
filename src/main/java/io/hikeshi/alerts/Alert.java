package io.hikeshi.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest state of one alert (one fingerprint) of a group. */
@Entity
@Table(name = "alert")
class Alert extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id")
    public long groupId;

    public String fingerprint;
    public String name;
    public boolean firing;

    /** JSON object of names to values. */
    public String labels;

    /** JSON object of names to values. */
    public String annotations;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String link;

    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    @Column(name = "changed_at")
    public Instant changedAt;
}
