package io.hikeshi.runbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the runbook catalog in /q/health: how many runbooks, and each file's problems. Always up: a broken runbook
 * must not take hikeshi out of service in the middle of an incident; the other runbooks work, and the
 * {@code hikeshi_runbook_errors} gauge is there to alert on.
 */
@Readiness
@ApplicationScoped
class RunbookCatalogHealth implements HealthCheck {

    private final RunbookCatalog catalog;

    RunbookCatalogHealth(RunbookCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        CatalogSnapshot snapshot = catalog.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("runbooks").up()
                .withData("directory", snapshot.directory())
                .withData("runbooks", snapshot.runbooks().size())
                .withData("names", snapshot.runbooks().stream().map(Runbook::name).collect(Collectors.joining(", ")))
                .withData("errors", snapshot.errors())
                .withData("warnings", snapshot.problems().size() - snapshot.errors());
        Map<String, String> byPlace = new LinkedHashMap<>();
        snapshot.problems().forEach(problem -> byPlace.merge((problem.error() ? "error " : "warning ")
                + problem.file() + (problem.line() > 0 ? ":" + problem.line() : ""), problem.reason(),
                (first, second) -> first + "; " + second));
        byPlace.forEach(response::withData);
        return response.build();
    }
}
