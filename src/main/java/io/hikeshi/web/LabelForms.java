package io.hikeshi.web;

import io.hikeshi.incident.IncidentCards;
import io.hikeshi.labels.InvalidLabelException;
import io.hikeshi.labels.LabelKind;
import io.hikeshi.labels.LabelNames;
import io.hikeshi.labels.Labels;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The labels form of an incident's page: set services, cause and tags (confirmed by the signed-in person). */
@Path("/incidents/{number}/labels")
@SignedIn
@Produces(MediaType.TEXT_HTML)
class LabelForms {

    private final Labels labels;
    private final IncidentPages pages;
    private final Csrf csrf;
    private final Viewer viewer;
    private final IncidentCards cards;
    private final ErrorPages errors;

    LabelForms(Labels labels, IncidentPages pages, Csrf csrf, Viewer viewer, IncidentCards cards, ErrorPages errors) {
        this.cards = cards;
        this.errors = errors;
        this.labels = labels;
        this.pages = pages;
        this.csrf = csrf;
        this.viewer = viewer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("number") long number, @FormParam("csrf") String token,
                         @FormParam("action") String action, @FormParam("services") String services,
                         @FormParam("cause") String cause, @FormParam("tags") String tags) {
        csrf.check(token);
        if (cards.byNumber(number).isEmpty()) {
            return errors.noIncident(false, number);
        }
        if ("confirm".equals(action)) {
            labels.confirm(number, viewer.name());
            return Response.seeOther(URI.create("/incidents/" + number + "?labels=confirmed#labels")).build();
        }
        Map<LabelKind, List<String>> values = new EnumMap<>(LabelKind.class);
        try {
            values.put(LabelKind.SERVICE, names("Services", services));
            values.put(LabelKind.CAUSE, cause == null || cause.isBlank() ? List.of() : names("Cause", cause));
            values.put(LabelKind.TAG, names("Tags", tags));
            labels.setAll(number, values, viewer.name());
        } catch (InvalidLabelException e) {
            return pages.page(number, "Nothing was saved: " + e.getMessage().replace("`", ""),
                    Response.Status.BAD_REQUEST);
        }
        return Response.seeOther(URI.create("/incidents/" + number + "?labels=saved#labels")).build();
    }

    /** The names in one field; an empty field clears that label. */
    private static List<String> names(String field, String text) throws InvalidLabelException {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return LabelNames.parse(text);
        } catch (InvalidLabelException e) {
            throw new InvalidLabelException(field + ": " + e.getMessage());
        }
    }
}
