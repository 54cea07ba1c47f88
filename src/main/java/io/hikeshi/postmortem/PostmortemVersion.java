package io.hikeshi.postmortem;

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
import java.util.List;
import java.util.Optional;

/** One saved text of a postmortem; versions are numbered from 1 and never change. */
@Entity
@Table(name = "postmortem_version")
class PostmortemVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "postmortem_id")
    long postmortemId;

    int number;

    String markdown;

    String author;

    @Enumerated(EnumType.STRING)
    VersionOrigin origin;

    String template;

    String note;

    @Column(name = "created_at")
    Instant createdAt;

    static Optional<PostmortemVersion> of(long postmortemId, int number) {
        return PostmortemVersion.<PostmortemVersion>find("postmortemId = ?1 and number = ?2", postmortemId, number)
                .firstResultOptional();
    }

    static List<PostmortemVersion> allOf(long postmortemId) {
        return PostmortemVersion.list("postmortemId = ?1 order by number desc", postmortemId);
    }
}
