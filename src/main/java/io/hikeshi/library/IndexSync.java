package io.hikeshi.library;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's index in step with the database. At start it reads the whole library; then, every few
 * seconds, the {@code library_change} rows it has not seen. Identities can commit out of order on PostgreSQL, so it
 * reads a window before the newest id it saw and skips the ids it already applied. Incidents that change without
 * telling (a note on an open incident, an edited postmortem) are read again every minute.
 */
@ApplicationScoped
class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class);
    /** Changes committed this many ids before the newest one seen are still picked up. */
    private static final int LOOKBACK = 500;
    private static final Duration KEEP_CHANGES = Duration.ofDays(1);

    private final Library library;
    private final LibraryReader reader;
    private final EntityManager em;
    private final Clock clock;
    private final TreeSet<Long> applied = new TreeSet<>();
    private volatile long newest = -1;
    private volatile Instant lastSweep;
    private volatile boolean ready;

    IndexSync(Library library, LibraryReader reader, EntityManager em, Clock clock, MeterRegistry registry) {
        this.library = library;
        this.reader = reader;
        this.em = em;
        this.clock = clock;
        Gauge.builder("hikeshi.library.entries", library, l -> l.index().size())
                .description("Entries in this replica's incident library index").register(registry);
        Gauge.builder("hikeshi.library.index.bytes", library, l -> l.index().bytesUsed())
                .description("Memory held by this replica's incident library index").register(registry);
    }

    /** After the history import's first scan (priority), so the first search already sees the files. */
    void start(@Observes @Priority(20) StartupEvent event) {
        rebuild();
    }

    /** Reads the whole library again into the index. */
    synchronized void rebuild() {
        long started = System.nanoTime();
        Instant since = clock.instant();
        long upTo = reader.newestChange();
        List<LibraryDocument> all = reader.all();
        library.index().replaceAll(all);
        applied.clear();
        newest = upTo;
        lastSweep = since;
        ready = true;
        LOG.infof("Incident library: %d entries indexed in %d ms", all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Applies the changes not seen yet. */
    @Scheduled(every = "${hikeshi.library.sync-every:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void poll() {
        if (!ready) {
            return;
        }
        Set<Long> incidents = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Object[] row : reader.changesAfter(newest - LOOKBACK)) {
            long id = LibraryReader.number(row[0]);
            if (!applied.add(id)) {
                continue;
            }
            newest = Math.max(newest, id);
            if (row[1] != null) {
                incidents.add(LibraryReader.number(row[1]));
            } else if (row[2] != null) {
                sources.add((String) row[2]);
            }
        }
        applied.headSet(newest - LOOKBACK).clear();
        apply(incidents, sources);
    }

    /** Reads again the incidents that may have changed without a change row. */
    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void sweep() {
        if (!ready) {
            return;
        }
        Instant now = clock.instant();
        apply(new LinkedHashSet<>(reader.recentlyActive(lastSweep.minus(Duration.ofMinutes(1)))), Set.of());
        lastSweep = now;
    }

    /** Old change rows are of no use to any replica: each reads all at start. */
    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void prune() {
        em.createNativeQuery("delete from library_change where changed_at < ?1")
                .setParameter(1, clock.instant().minus(KEEP_CHANGES)).executeUpdate();
    }

    private void apply(Set<Long> incidents, Set<String> sources) {
        if (incidents.isEmpty() && sources.isEmpty()) {
            return;
        }
        LibraryIndex index = library.index();
        for (long id : incidents) {
            reader.incident(id).ifPresentOrElse(index::put, () -> index.remove(LibraryDocument.incidentKey(id)));
        }
        for (String source : sources) {
            reader.imported(source).ifPresentOrElse(index::put, () -> index.remove(LibraryDocument.historyKey(source)));
        }
        index.refresh();
    }
}
