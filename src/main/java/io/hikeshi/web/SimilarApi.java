package io.hikeshi.web;

import io.hikeshi.incident.IncidentQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * JSON of an incident's similar past incidents. A resource of its own: its longer path wins over
 * {@link IncidentApi}'s {@code /api/incidents}, which would otherwise answer 404 for it.
 */
@Path("/api/incidents/{number}/similar")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
class SimilarApi {

    private final VisibleLibrary similar;
    private final IncidentQueries incidents;
    private final ErrorPages errors;
    private final Viewer viewer;

    SimilarApi(VisibleLibrary similar, IncidentQueries incidents, ErrorPages errors, Viewer viewer) {
        this.similar = similar;
        this.viewer = viewer;
        this.incidents = incidents;
        this.errors = errors;
    }

    /** Ranked best first; {@code ?drills=true} includes drills. */
    @GET
    public Response similar(@PathParam("number") long number, @QueryParam("drills") boolean drills) {
        if (incidents.byNumber(number).isEmpty()) {
            return errors.noIncident(true, number);
        }
        return Response.ok(similar.similar(number, drills, viewer.visibility()).stream().map(LibraryJson.Similar::of).toList()).build();
    }
}
