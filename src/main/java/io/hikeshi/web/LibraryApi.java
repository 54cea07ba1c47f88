package io.hikeshi.web;

import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.library.LibrarySearch;
import io.hikeshi.library.SimilarIncidents;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON for the incident library: similar past incidents of an incident, and search; protected like the web UI. */
@Path("/api")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
class LibraryApi {

    private final SimilarIncidents similar;
    private final LibrarySearch search;
    private final IncidentQueries incidents;
    private final ErrorPages errors;

    LibraryApi(SimilarIncidents similar, LibrarySearch search, IncidentQueries incidents, ErrorPages errors) {
        this.similar = similar;
        this.search = search;
        this.incidents = incidents;
        this.errors = errors;
    }

    /** Ranked best first; {@code ?drills=true} includes drills. */
    @GET
    @Path("incidents/{number}/similar")
    public Response similar(@PathParam("number") long number, @QueryParam("drills") boolean drills) {
        if (incidents.byNumber(number).isEmpty()) {
            return errors.notFound(true, "There is no incident " + number + ".");
        }
        return Response.ok(similar.forIncident(number, drills).stream().map(LibraryJson.Similar::of).toList()).build();
    }

    /** {@code q}: words; {@code severity}, {@code service}, {@code label}; {@code from}/{@code to}: days, 2024-03-01. */
    @GET
    @Path("search")
    public Response search(@QueryParam("q") String text, @QueryParam("severity") String severity,
                           @QueryParam("service") String service, @QueryParam("label") String label,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        SearchForm form = new SearchForm(text, severity, service, label, from, to);
        if (form.problem() != null) {
            return errors.page(Response.Status.BAD_REQUEST, true, "Bad search", form.problem(),
                    "For example /api/search?q=certificate&severity=SEV1&from=2024-01-01");
        }
        return Response.ok(LibraryJson.Results.of(search.search(form.query()))).build();
    }
}
