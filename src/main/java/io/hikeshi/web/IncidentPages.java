package io.hikeshi.web;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentSearch;
import io.hikeshi.incident.IncidentStatus;
import io.hikeshi.incident.Severities;
import io.hikeshi.incident.SeverityConfig;
import io.hikeshi.labels.IncidentLabels;
import io.hikeshi.labels.Label;
import io.hikeshi.labels.LabelsConfig;
import io.hikeshi.library.SimilarIncident;
import io.hikeshi.postmortem.PostmortemView;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** The incidents list (filters and search) and one incident's page. */
@Path("/")
@SignedIn
@Produces(MediaType.TEXT_HTML)
class IncidentPages {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance incidents(List<IncidentCard> incidents, IncidentSearch.Filter filter,
                                                 List<String> severities, List<String> statuses, String viewer);

        static native TemplateInstance incident(IncidentCard card, List<Roles.Holding> roles,
                                                List<Timeline.Entry> timeline, List<ActionItems.Item> actionItems,
                                                PostmortemView postmortem, IncidentLabels labels,
                                                List<Label> labelHistory, List<String> causes, String csrf,
                                                String message, Names names, String viewer,
                                                List<SimilarIncident> similar);
    }

    private final IncidentSearch search;
    private final IncidentDetails details;
    private final Severities severities;
    private final Viewer viewer;
    private final ErrorPages errors;
    private final LabelsConfig labelsConfig;
    private final Csrf csrf;
    private final Names names;
    private final VisibleLibrary similar;

    IncidentPages(IncidentSearch search, IncidentDetails details, Severities severities, Viewer viewer,
                  ErrorPages errors, LabelsConfig labelsConfig, Csrf csrf, Names names, VisibleLibrary similar) {
        this.labelsConfig = labelsConfig;
        this.csrf = csrf;
        this.names = names;
        this.similar = similar;
        this.search = search;
        this.details = details;
        this.severities = severities;
        this.viewer = viewer;
        this.errors = errors;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/incidents")).build();
    }

    @GET
    @Path("incidents")
    public String list(@QueryParam("status") String status, @QueryParam("severity") String severity,
                                 @QueryParam("drill") String drill, @QueryParam("q") String text) {
        IncidentSearch.Filter filter = new IncidentSearch.Filter(status, severity, drill, text);
        List<String> statuses = Arrays.stream(IncidentStatus.values()).map(IncidentStatus::label).toList();
        return Templates.incidents(search.find(filter, viewer.visibility()), filter,
                severities.all().stream().map(SeverityConfig.Level::name).toList(), statuses, viewer.name()).render();
    }

    @GET
    @Path("incidents/{number}")
    public Response incident(@PathParam("number") long number, @QueryParam("labels") String labels) {
        return page(number, "saved".equals(labels) ? "Labels saved." : "confirmed".equals(labels)
                ? "Suggested labels confirmed." : null, Response.Status.OK);
    }

    /** The incident's page with a note for the person (or none), e.g. why their labels were not saved. */
    Response page(long number, String message, Response.Status status) {
        return details.of(number)
                .map(d -> Response.status(status).entity(Templates.incident(d.card(), d.roles(), d.timeline(),
                        d.actionItems(), d.postmortem(), d.labels(), d.labelHistory(), labelsConfig.causeNames(),
                        csrf.token(), message, names, viewer.name(),
                        similar.similar(number, false, viewer.visibility())).render())
                        .build())
                .orElseGet(() -> errors.noIncident(false, number));
    }
}
