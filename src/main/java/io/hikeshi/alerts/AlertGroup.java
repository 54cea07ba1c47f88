package io.hikeshi.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one group key of one source made: an incident, a triage message, or nothing (ignored). */
@Entity
@Table(name = "alert_group")
class AlertGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String source;

    @Column(name = "group_key")
    public String groupKey;

    @Column(name = "route_name")
    public String routeName;

    public String action;

    public String decision;

    @Column(name = "incident_id")
    public Long incidentId;

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "message_ts")
    public String messageTs;

    @Column(name = "dismissed_by")
    public String dismissedBy;

    @Column(name = "dismissed_at")
    public Instant dismissedAt;

    @Column(name = "declared_by")
    public String declaredBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "refresh_queued")
    public boolean refreshQueued;

    @Column(name = "refreshed_at")
    public Instant refreshedAt;

    @Column(name = "all_resolved_at")
    public Instant allResolvedAt;

    RouteAction.Type type() {
        return RouteAction.Type.valueOf(action);
    }
}
