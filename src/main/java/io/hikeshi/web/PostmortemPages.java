package io.hikeshi.web;

import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.postmortem.LineDiff;
import io.hikeshi.postmortem.PostmortemLinks;
import io.hikeshi.postmortem.PostmortemQueries;
import io.hikeshi.postmortem.PostmortemRefusedException;
import io.hikeshi.postmortem.PostmortemReviews;
import io.hikeshi.postmortem.PostmortemStatus;
import io.hikeshi.postmortem.PostmortemView;
import io.hikeshi.postmortem.StaleVersionException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The postmortem page: rendered text, Markdown editor with preview, status moves, versions with diffs, export. */
@Path("/incidents/{number}/postmortem")
@SignedIn
@Produces(MediaType.TEXT_HTML)
class PostmortemPages {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance postmortem(PostmortemPage page);

        static native TemplateInstance noPostmortem(IncidentCard card, String viewer);

        static native TemplateInstance version(IncidentCard card, PostmortemView.Version version,
                                               List<LineDiff.Line> changes, String html, String viewer);
    }

    private final IncidentCards cards;
    private final PostmortemQueries queries;
    private final PostmortemReviews reviews;
    private final Viewer viewer;
    private final Csrf csrf;
    private final ErrorPages errors;

    PostmortemPages(IncidentCards cards, PostmortemQueries queries, PostmortemReviews reviews, Viewer viewer, Csrf csrf,
                    ErrorPages errors) {
        this.cards = cards;
        this.queries = queries;
        this.reviews = reviews;
        this.viewer = viewer;
        this.csrf = csrf;
        this.errors = errors;
    }

    @GET
    public Response show(@PathParam("number") long number, @QueryParam("saved") Integer saved,
                         @QueryParam("moved") String moved) {
        String message = saved != null ? "Saved as version " + saved + "."
                : moved != null ? "Moved to " + PostmortemStatus.parse(moved).map(PostmortemStatus::label).orElse("")
                + "; the incident channel has been told." : null;
        return page(number, (card, view) -> editorPage(card, view, view.current().markdown(), view.current().number(),
                MarkdownHtml.render(view.current().markdown()), false, null, message), Response.Status.OK);
    }

    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("number") long number, @FormParam("csrf") String token,
                         @FormParam("base") int base, @FormParam("markdown") String markdown,
                         @FormParam("action") String action) {
        csrf.check(token);
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        if ("preview".equals(action)) {
            return page(number, (card, view) -> editorPage(card, view, text, base, MarkdownHtml.render(text), true,
                    null, "Preview of your unsaved text. Save to keep it."), Response.Status.OK);
        }
        try {
            int saved = reviews.edit(number, base, text, viewer.name());
            return Response.seeOther(URI.create(PostmortemLinks.path(number) + "?saved=" + saved)).build();
        } catch (StaleVersionException e) {
            return page(number, (card, view) -> editorPage(card, view, text, e.current().number(),
                    MarkdownHtml.render(e.current().markdown()), false,
                    new PostmortemPage.Conflict(e.current(), LineDiff.between(e.current().markdown(), text)),
                    e.getMessage() + " Your text was not saved and is still in the editor. Compare the changes"
                            + " below, then save again to replace version " + e.current().number() + " with it."),
                    Response.Status.CONFLICT);
        } catch (PostmortemRefusedException e) {
            return page(number, (card, view) -> editorPage(card, view, text, base, MarkdownHtml.render(text), true,
                    null, e.getMessage()), Response.Status.BAD_REQUEST);
        }
    }

    @POST
    @Path("status")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("number") long number, @FormParam("csrf") String token,
                         @FormParam("base") int base, @FormParam("status") String status) {
        csrf.check(token);
        Optional<PostmortemStatus> target = PostmortemStatus.parse(status);
        try {
            if (target.isEmpty()) {
                throw new PostmortemRefusedException("There is no status \"" + status + "\".");
            }
            reviews.move(number, target.get(), base, viewer.name());
            return Response.seeOther(URI.create(PostmortemLinks.path(number) + "?moved=" + target.get().name()))
                    .build();
        } catch (StaleVersionException e) {
            return page(number, (card, view) -> editorPage(card, view, view.current().markdown(),
                    view.current().number(), MarkdownHtml.render(view.current().markdown()), false, null,
                    e.getMessage() + " Nothing was moved: read the newest version, then try again."),
                    Response.Status.CONFLICT);
        } catch (PostmortemRefusedException e) {
            return page(number, (card, view) -> editorPage(card, view, view.current().markdown(),
                    view.current().number(), MarkdownHtml.render(view.current().markdown()), false, null,
                    e.getMessage()), Response.Status.BAD_REQUEST);
        }
    }

    @GET
    @Path("versions/{version}")
    public Response version(@PathParam("number") long number, @PathParam("version") int version) {
        Optional<IncidentCard> card = cards.byNumber(number);
        Optional<PostmortemView.Version> found = queries.version(number, version);
        if (card.isEmpty() || found.isEmpty()) {
            return errors.notFound(false, "There is no version " + version + " of a postmortem for incident "
                    + number + ".");
        }
        return Response.ok(Templates.version(card.get(), found.get(), queries.changesIn(number, found.get()),
                MarkdownHtml.render(found.get().markdown()), viewer.name()).render()).build();
    }

    private PostmortemPage editorPage(IncidentCard card, PostmortemView view, String text, int base, String html,
                                      boolean previewing, PostmortemPage.Conflict conflict, String message) {
        return new PostmortemPage(card, view, text, base, html, previewing, conflict, message, csrf.token(),
                viewer.name());
    }

    /** The postmortem page built for the incident's card and postmortem, read once each. */
    private Response page(long number, BiFunction<IncidentCard, PostmortemView, PostmortemPage> build,
                          Response.Status status) {
        Optional<IncidentCard> card = cards.byNumber(number);
        if (card.isEmpty()) {
            return errors.noIncident(false, number);
        }
        return queries.of(number)
                .map(view -> Response.status(status)
                        .entity(Templates.postmortem(build.apply(card.get(), view)).render()).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Templates.noPostmortem(card.get(), viewer.name()).render()).build());
    }
}
