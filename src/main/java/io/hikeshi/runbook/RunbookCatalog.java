package io.hikeshi.runbook;

import io.hikeshi.incident.Severities;
import io.hikeshi.templates.TemplatesConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The runbooks in {@code <templates>/runbooks}, read at start and again on a schedule, so a merged change (or an
 * updated ConfigMap) is live without a restart. Each scan replaces the whole snapshot at once; a file that fails to
 * parse is reported and left out while the others keep working.
 */
@ApplicationScoped
public class RunbookCatalog {

    private static final Logger LOG = Logger.getLogger(RunbookCatalog.class);

    private final Path directory;
    private final RunbookLoader loader;
    private volatile CatalogSnapshot snapshot;

    RunbookCatalog(TemplatesConfig templates, RunbookConfig config, Severities severities, MeterRegistry registry) {
        this.directory = templates.dir().resolve("runbooks");
        this.loader = new RunbookLoader(config.maxFileBytes(), severities.all().stream()
                .map(level -> level.name().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()), config.firstResponse());
        Gauge.builder("hikeshi.runbook.errors", this, catalog -> catalog.snapshot().errors())
                .description("Runbook files left out because they could not be read; see /q/health")
                .register(registry);
        Gauge.builder("hikeshi.runbooks", this, catalog -> catalog.snapshot().runbooks().size())
                .description("Runbooks available").register(registry);
    }

    void load(@Observes StartupEvent event) {
        rescan();
    }

    /** Reads the directory again; logs what changed in its problems, not every scan. */
    @Scheduled(every = "${hikeshi.runbook.rescan-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void rescan() {
        CatalogSnapshot previous = snapshot;
        CatalogSnapshot next = loader.load(directory);
        snapshot = next;
        if (previous == null || !previous.problems().equals(next.problems())) {
            LOG.infof("Runbooks in %s: %d loaded (%s)", directory, next.runbooks().size(),
                    next.runbooks().stream().map(Runbook::name).collect(Collectors.joining(", ")));
            next.problems().forEach(problem -> {
                if (problem.error()) {
                    LOG.warnf("Runbook left out: %s", problem.describe());
                } else {
                    LOG.infof("Runbook warning: %s", problem.describe());
                }
            });
        } else if (!previous.runbooks().equals(next.runbooks())) {
            LOG.infof("Runbooks reloaded: %d", next.runbooks().size());
        }
    }

    public CatalogSnapshot snapshot() {
        CatalogSnapshot current = snapshot;
        if (current == null) {
            rescan();
            current = snapshot;
        }
        return current;
    }
}
