package io.hikeshi.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON search over the incident library; protected like the web UI. */
@Path("/api/search")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
class LibraryApi {

    private final VisibleLibrary search;
    private final ErrorPages errors;
    private final Viewer viewer;

    LibraryApi(VisibleLibrary search, ErrorPages errors, Viewer viewer) {
        this.search = search;
        this.viewer = viewer;
        this.errors = errors;
    }

    /** {@code q}: words; {@code severity}, {@code service}, {@code label}; {@code from}/{@code to}: days, 2024-03-01. */
    @GET
    public Response search(@QueryParam("q") String text, @QueryParam("severity") String severity,
                           @QueryParam("service") String service, @QueryParam("label") String label,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        SearchForm form = new SearchForm(text, severity, service, label, from, to);
        if (form.problem() != null) {
            return errors.page(Response.Status.BAD_REQUEST, true, "Bad search", form.problem(),
                    "For example /api/search?q=certificate&severity=SEV1&from=2024-01-01");
        }
        return Response.ok(LibraryJson.Results.of(search.search(form.query(), viewer.visibility()))).build();
    }
}
