package io.hikeshi.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every page, form and API under an incident number ({@code {number}} in the path) answers a private incident the
 * person is not a member of exactly as it answers a number no incident has: the same status, the same body. One
 * filter, so pages added later are covered too. Runs after {@link SignInFilter} has admitted the person.
 */
class IncidentGate {

    static final String NUMBER = "number";

    private final Viewer viewer;
    private final ErrorPages errors;

    IncidentGate(Viewer viewer, ErrorPages errors) {
        this.viewer = viewer;
        this.errors = errors;
    }

    @SignedIn
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    Optional<Response> admit(ContainerRequestContext context) {
        String number = context.getUriInfo().getPathParameters().getFirst(NUMBER);
        if (number == null || !number.matches("\\d{1,18}")) {
            return Optional.empty(); // not an incident's address, or one no resource matches (404 anyway)
        }
        long n = Long.parseLong(number);
        if (viewer.sees(n)) {
            return Optional.empty();
        }
        return Optional.of(errors.noIncident(context.getUriInfo().getPath().startsWith("/api"), n));
    }
}
