package io.hikeshi.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the alert routes in /q/health: the files, how many routes, and each problem with its file and line. Always
 * up: with a bad file the routes read before keep working; alert on {@code hikeshi_alert_route_errors} instead.
 */
@Readiness
@ApplicationScoped
class AlertRoutesHealth implements HealthCheck {

    private final AlertRoutes routes;

    AlertRoutesHealth(AlertRoutes routes) {
        this.routes = routes;
    }

    @Override
    public HealthCheckResponse call() {
        RoutesSnapshot snapshot = routes.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("alert-routes").up()
                .withData("files", snapshot.files().isEmpty() ? "none: every alert is asked about"
                        : String.join(", ", snapshot.files()))
                .withData("routes", snapshot.routes().size())
                .withData("errors", snapshot.problems().size());
        snapshot.problems().forEach(problem -> response.withData("error " + problem.file()
                + (problem.line() > 0 ? ":" + problem.line() : ""), problem.reason()));
        return response.build();
    }
}
