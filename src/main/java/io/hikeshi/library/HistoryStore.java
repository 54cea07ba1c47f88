package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the imported postmortems in the database in line with one scan of the history folder: a new file is
 * added, an edited one replaced, a removed one deleted, by file name; an unchanged file is not touched, so scanning
 * again changes nothing. A file that became unusable keeps its last good version until it is fixed or removed.
 */
@ApplicationScoped
class HistoryStore {

    /** What one scan changed. */
    record Applied(int added, int updated, int removed, int unchanged) {
        boolean changed() {
            return added + updated + removed > 0;
        }
    }

    private final LibraryChanges changes;
    private final Clock clock;

    HistoryStore(LibraryChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    Applied apply(HistoryFolder.Scan scan) {
        if (scan.missing()) {
            return new Applied(0, 0, 0, (int) ImportedPostmortem.count());
        }
        Map<String, ImportedPostmortem> stored = new HashMap<>();
        ImportedPostmortem.<ImportedPostmortem>listAll().forEach(row -> stored.put(row.source, row));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> present = new HashSet<>(scan.failed());
        for (HistoryFolder.Read read : scan.files()) {
            present.add(read.entry().source());
            ImportedPostmortem row = stored.get(read.entry().source());
            if (row != null && row.contentHash.equals(read.hash())) {
                unchanged++;
                continue;
            }
            if (row == null) {
                row = new ImportedPostmortem();
                added++;
            } else {
                updated++;
            }
            row.fill(read.entry(), read.hash(), clock.instant());
            row.persist();
            changes.historyChanged(read.entry().source());
        }
        int removed = 0;
        for (ImportedPostmortem row : stored.values()) {
            if (!present.contains(row.source)) {
                row.delete();
                changes.historyChanged(row.source);
                removed++;
            }
        }
        return new Applied(added, updated, removed, unchanged);
    }

    /** Imported postmortems, for pages that show one. */
    @Transactional
    List<String> sources() {
        return ImportedPostmortem.<ImportedPostmortem>list("order by source").stream().map(row -> row.source).toList();
    }
}
