package io.hikeshi.web;

import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentSearch;
import io.hikeshi.postmortem.PostmortemQueries;
import io.hikeshi.timeline.Timeline;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** JSON for incidents, timelines and postmortems, and a postmortem as Markdown; protected like the web UI. */
@Path("/api/incidents")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
class IncidentApi {

    private final IncidentSearch search;
    private final IncidentDetails details;
    private final IncidentQueries incidents;
    private final Timeline timeline;
    private final PostmortemQueries postmortems;
    private final ErrorPages errors;
    private final Viewer viewer;

    IncidentApi(IncidentSearch search, IncidentDetails details, IncidentQueries incidents, Timeline timeline,
                PostmortemQueries postmortems, ErrorPages errors, Viewer viewer) {
        this.viewer = viewer;
        this.search = search;
        this.details = details;
        this.incidents = incidents;
        this.timeline = timeline;
        this.postmortems = postmortems;
        this.errors = errors;
    }

    /** Most recent first; the same filters as the incidents page. */
    @GET
    public List<ApiJson.Incident> list(@QueryParam("status") String status, @QueryParam("severity") String severity,
                                       @QueryParam("drill") String drill, @QueryParam("q") String text) {
        return search.find(new IncidentSearch.Filter(status, severity, drill, text), viewer.visibility()).stream()
                .map(ApiJson.Incident::of).toList();
    }

    @GET
    @Path("{number}")
    public Response incident(@PathParam("number") long number) {
        return details.of(number).map(d -> Response.ok(ApiJson.IncidentDetail.of(d)).build())
                .orElseGet(() -> noIncident(number));
    }

    @GET
    @Path("{number}/timeline")
    public Response timeline(@PathParam("number") long number) {
        if (incidents.byNumber(number).isEmpty()) {
            return noIncident(number);
        }
        return Response.ok(timeline.of(number).stream().map(ApiJson.TimelineEntry::of).toList()).build();
    }

    @GET
    @Path("{number}/postmortem")
    public Response postmortem(@PathParam("number") long number) {
        return postmortems.of(number).map(view -> Response.ok(ApiJson.Postmortem.of(view)).build())
                .orElseGet(() -> noPostmortem(number));
    }

    @GET
    @Path("{number}/postmortem.md")
    @Produces("text/markdown")
    public Response markdown(@PathParam("number") long number) {
        return postmortems.markdown(number).map(text -> Response.ok(text, "text/markdown; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\""
                                + incidents.byNumber(number).orElseThrow().reference().toLowerCase()
                                + "-postmortem.md\"").build())
                .orElseGet(() -> noPostmortem(number));
    }

    private Response noIncident(long number) {
        return errors.noIncident(true, number);
    }

    private Response noPostmortem(long number) {
        return errors.notFound(true, "Incident " + number + " has no postmortem: it is drafted on resolve.");
    }
}
