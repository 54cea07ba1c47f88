package io.hikeshi.alerts;

import io.hikeshi.incident.Severities;
import io.hikeshi.templates.TemplatesConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.nio.ByteBuffer;
import org.jboss.logging.Logger;

/**
 * The alert routes in {@code alert-routes.yaml} and {@code alert-routes/*.yaml} (in file name order) of the templates
 * directory, read at start and again on a schedule. The order of routes decides which one takes an alert, so a set
 * with a bad file is never half used: the routes read before stay in force and the problem is reported with its
 * file and line (log, /q/health, the {@code hikeshi_alert_route_errors} gauge).
 */
@ApplicationScoped
public class AlertRoutes {

    private static final Logger LOG = Logger.getLogger(AlertRoutes.class);
    private static final int MAX_FILE_BYTES = 256 * 1024;

    private final Path directory;
    private final AlertRouteParser parser;
    private volatile RoutesSnapshot snapshot;

    AlertRoutes(TemplatesConfig templates, AlertsConfig config, Severities severities, MeterRegistry registry) {
        this.directory = config.routesDir().orElse(templates.dir());
        this.parser = new AlertRouteParser(severities.all().stream()
                .map(level -> level.name().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
        Gauge.builder("hikeshi.alert.route.errors", this, routes -> routes.snapshot().problems().size())
                .description("Problems in the alert routing files; the routes read before stay in force")
                .register(registry);
    }

    void load(@Observes StartupEvent event) {
        rescan();
    }

    @Scheduled(every = "${hikeshi.alerts.rescan-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void rescan() {
        RoutesSnapshot previous = snapshot;
        RoutesSnapshot next = read(previous);
        snapshot = next;
        if (previous == null || !previous.problems().equals(next.problems())
                || !previous.files().equals(next.files()) || previous.routes().size() != next.routes().size()) {
            LOG.infof("Alert routes: %d from %s", next.routes().size(),
                    next.files().isEmpty() ? "no routing file (every alert is asked about)" : next.files());
            next.problems().forEach(problem -> LOG.warnf("Alert routing file not used: %s", problem.describe()));
        }
    }

    RoutesSnapshot snapshot() {
        RoutesSnapshot current = snapshot;
        if (current == null) {
            rescan();
            current = snapshot;
        }
        return current;
    }

    private RoutesSnapshot read(RoutesSnapshot previous) {
        List<Path> files = files();
        List<String> names = files.stream().map(path -> directory.relativize(path).toString().replace('\\', '/'))
                .toList();
        List<AlertRoute> routes = new ArrayList<>();
        List<RoutesSnapshot.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                for (AlertRoute route : parser.parse(names.get(i), read(files.get(i)))) {
                    if (!seen.add(route.name())) {
                        throw new InvalidRoutesException(route.line(), "the route name `" + route.name()
                                + "` is used twice; each route needs its own, to say which one took an alert");
                    }
                    routes.add(route);
                }
            } catch (InvalidRoutesException e) {
                problems.add(new RoutesSnapshot.Problem(names.get(i), e.line(), e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            return new RoutesSnapshot(List.copyOf(routes), names, List.of());
        }
        // Keep what worked before; at start, with nothing before, ask about every alert rather than drop any.
        return previous == null ? new RoutesSnapshot(List.of(), List.of(), List.copyOf(problems))
                : new RoutesSnapshot(previous.routes(), previous.files(), List.copyOf(problems));
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        Path single = directory.resolve("alert-routes.yaml");
        if (Files.isRegularFile(single)) {
            files.add(single);
        }
        Path folder = directory.resolve("alert-routes");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(path -> {
                    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                    return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))
                            && Files.isRegularFile(path);
                }).sorted().forEach(files::add);
            } catch (IOException e) {
                LOG.warnf("Cannot list %s: %s", folder, e.getClass().getSimpleName());
            }
        }
        return files;
    }

    private static String read(Path path) throws InvalidRoutesException {
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new InvalidRoutesException(0, "the file is over " + MAX_FILE_BYTES / 1024 + " KB");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRoutesException(0, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidRoutesException(0, "the file cannot be read: " + e.getClass().getSimpleName());
        }
    }
}
