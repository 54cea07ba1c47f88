package io.hikeshi.labels;

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
import java.util.Arrays;
import java.util.List;

/** One value of one kind of label of one incident, as set at one time; never updated. */
@Entity
@Table(name = "incident_label")
class LabelRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "incident_id")
    long incidentId;

    String kind;

    @Column(name = "label_values")
    String values;

    @Enumerated(EnumType.STRING)
    LabelState state;

    String origin;

    @Column(name = "set_by")
    String setBy;

    @Column(name = "set_at")
    Instant setAt;

    String reason;

    Label label() {
        List<String> names = values.isEmpty() ? List.of() : Arrays.asList(values.split(","));
        return new Label(LabelKind.ofStored(kind), names, state, origin, setBy, setAt, reason);
    }
}
