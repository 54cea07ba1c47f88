package io.hikeshi.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A past postmortem imported from a history file: read-only in the library, replaced when its file changes. */
@Entity
@Table(name = "imported_postmortem")
class ImportedPostmortem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The file name, relative to the history folder. */
    public String source;

    public String title;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String severity;

    /** One per line. */
    public String services;

    /** One per line. */
    public String labels;

    public String body;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "imported_at")
    public Instant importedAt;

    void fill(HistoryEntry entry, String hash, Instant now) {
        source = entry.source();
        title = entry.title();
        occurredOn = entry.date();
        severity = entry.severity();
        services = String.join("\n", entry.services());
        labels = String.join("\n", entry.labels());
        body = entry.body();
        contentHash = hash;
        importedAt = now;
    }
}
