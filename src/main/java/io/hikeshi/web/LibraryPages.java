package io.hikeshi.web;

import io.hikeshi.incident.Severities;
import io.hikeshi.incident.SeverityConfig;
import io.hikeshi.library.HistoryImport;
import io.hikeshi.library.ImportedPostmortems;
import io.hikeshi.library.LibrarySearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The search page over the incident library, and the page of one imported postmortem. */
@Path("/")
@SignedIn
@Produces(MediaType.TEXT_HTML)
class LibraryPages {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance search(SearchForm form, LibrarySearch.Results results, String problem,
                                              List<String> severities, HistoryImport.Status history, String viewer);

        static native TemplateInstance history(ImportedPostmortems.View entry, String html, String viewer);
    }

    private final VisibleLibrary search;
    private final ImportedPostmortems imported;
    private final HistoryImport history;
    private final Severities severities;
    private final Viewer viewer;
    private final ErrorPages errors;

    LibraryPages(VisibleLibrary search, ImportedPostmortems imported, HistoryImport history, Severities severities,
                 Viewer viewer, ErrorPages errors) {
        this.search = search;
        this.imported = imported;
        this.history = history;
        this.severities = severities;
        this.viewer = viewer;
        this.errors = errors;
    }

    /** Without any words or filters, the newest entries. */
    @GET
    @Path("search")
    public String search(@QueryParam("q") String text, @QueryParam("severity") String severity,
                         @QueryParam("service") String service, @QueryParam("label") String label,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        SearchForm form = new SearchForm(text, severity, service, label, from, to);
        String problem = form.problem();
        LibrarySearch.Results results = problem == null ? search.search(form.query(), viewer.visibility()) : null;
        return Templates.search(form, results, problem, severities.all().stream().map(SeverityConfig.Level::name)
                .toList(), history.status(), viewer.name()).render();
    }

    @GET
    @Path("library/history/{source: .+}")
    public Response history(@PathParam("source") String source) {
        return imported.bySource(source)
                .map(entry -> Response.ok(Templates.history(entry, MarkdownHtml.render(entry.markdown()),
                        viewer.name()).render()).build())
                .orElseGet(() -> errors.notFound(false, "There is no imported postmortem " + source + "."));
    }
}
