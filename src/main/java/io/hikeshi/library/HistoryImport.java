package io.hikeshi.library;

import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.templates.TemplatesConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Imports past postmortems from {@code <templates>/history} at start and again on a schedule, so a merged file is
 * in the library without a restart. Every replica scans; the database makes the result the same whoever is first.
 */
@ApplicationScoped
public class HistoryImport {

    private static final Logger LOG = Logger.getLogger(HistoryImport.class);

    /** The last scan's outcome, for the health check and the web UI. */
    public record Status(String directory, boolean missing, int files, List<HistoryProblem> problems) {
    }

    private final HistoryFolder folder;
    private final HistoryStore store;
    private volatile Status status;

    HistoryImport(TemplatesConfig templates, LibraryConfig config, HistoryStore store, MeterRegistry registry) {
        this.folder = new HistoryFolder(templates.dir().resolve("history"), config.maxFileBytes());
        this.store = store;
        Gauge.builder("hikeshi.library.history.errors", this, i -> i.status().problems().size())
                .description("History files left out because they could not be used; see /q/health").register(registry);
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        rescan();
    }

    /** Reads the folder again and applies what changed; logs when the problems change, not every scan. */
    @Scheduled(every = "${hikeshi.library.rescan-every:30s}", delayed = "${hikeshi.library.rescan-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void rescan() {
        Status previous = status;
        HistoryFolder.Scan scan = folder.scan();
        HistoryStore.Applied applied;
        try {
            applied = store.apply(scan);
        } catch (RuntimeException e) {
            // Another replica importing the same files at once: its rows are there at the next scan.
            LOG.warnf("History import did not complete (%s); trying again at the next scan", LoggedFailure.describe(e));
            return;
        }
        Status next = new Status(scan.directory(), scan.missing(), scan.files().size(), scan.problems());
        status = next;
        if (applied.changed()) {
            LOG.infof("History in %s: %d added, %d updated, %d removed, %d unchanged", scan.directory(),
                    applied.added(), applied.updated(), applied.removed(), applied.unchanged());
        }
        if (previous == null || !previous.problems().equals(next.problems())) {
            next.problems().forEach(problem -> LOG.warnf("History file left out: %s", problem.describe()));
        }
    }

    public Status status() {
        Status current = status;
        return current != null ? current : new Status("", false, 0, List.of());
    }
}
