package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The history import in /q/health: the folder, how many files, each file left out and why. Always up: a bad file
 * must not take hikeshi out of service; the {@code hikeshi_library_history_errors} gauge is there to alert on.
 */
@Readiness
@ApplicationScoped
class HistoryHealth implements HealthCheck {

    private final HistoryImport history;
    private final Library library;

    HistoryHealth(HistoryImport history, Library library) {
        this.history = history;
        this.library = library;
    }

    @Override
    public HealthCheckResponse call() {
        HistoryImport.Status status = history.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("incident library").up()
                .withData("history directory", status.directory())
                .withData("history files", status.files())
                .withData("history folder missing", status.missing())
                .withData("errors", status.problems().size())
                .withData("entries indexed", library.index().size());
        status.problems().forEach(problem -> response.withData("error " + problem.file()
                + (problem.line() > 0 ? ":" + problem.line() : ""), problem.reason()));
        return response.build();
    }
}
