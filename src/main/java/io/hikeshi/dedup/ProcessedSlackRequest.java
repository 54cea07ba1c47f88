package io.hikeshi.dedup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Slack request already handled, keyed by its event, interaction or trigger id. */
@Entity
@Table(name = "processed_slack_request")
class ProcessedSlackRequest extends PanacheEntityBase {

    @Id
    @Column(name = "request_key")
    String requestKey;

    @Column(name = "incident_id")
    Long incidentId;

    @Column(name = "received_at")
    Instant receivedAt;
}
