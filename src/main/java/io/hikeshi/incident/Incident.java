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

/** An incident; its id is the number people refer to (INC-42). */
@Entity
@Table(name = "incident")
class Incident extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String description;
    public String severity;

    @Enumerated(EnumType.STRING)
    public IncidentStatus status;

    public boolean drill;

    /** A private incident: a private channel, seen only by its members and the incident admins. */
    @Column(name = "private_incident")
    public boolean privateIncident;

    @Column(name = "declared_by")
    public String declaredBy;

    @Column(name = "declared_in_channel")
    public String declaredInChannel;

    @Column(name = "declared_at")
    public Instant declaredAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "mitigated_at")
    public Instant mitigatedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "channel_name")
    public String channelName;

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "card_ts")
    public String cardTs;

    @Column(name = "announcement_channel")
    public String announcementChannel;

    @Column(name = "announcement_ts")
    public String announcementTs;

    /** The reference people use in Slack and the web UI. */
    public String reference() {
        return (drill ? "DRILL-" : "INC-") + id;
    }
}
