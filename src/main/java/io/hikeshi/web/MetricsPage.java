package io.hikeshi.web;

import io.hikeshi.incident.Durations;
import io.hikeshi.incident.IncidentStats;
import io.hikeshi.insights.Insights;
import io.hikeshi.insights.Period;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * MTTR and time to mitigate by severity, and incidents a week, as charts; for a chosen period, incidents and time
 * to resolve by service and by cause, and repeat incidents. Drills are left out.
 */
@Path("/metrics")
@SignedIn
@Produces(MediaType.TEXT_HTML)
class MetricsPage {

    static final int WEEKS = 12;

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance metrics(List<IncidentStats.BySeverity> rows, String resolveChart,
                                               String mitigateChart, String weeksChart, int weeks,
                                               Insights.Report insights, List<Period> periods, String viewer);
    }

    private final IncidentStats stats;
    private final Viewer viewer;
    private final VisibleLibrary insights;

    MetricsPage(IncidentStats stats, Viewer viewer, VisibleLibrary insights) {
        this.stats = stats;
        this.insights = insights;
        this.viewer = viewer;
    }

    @GET
    public String show(@QueryParam("period") String period) {
        List<IncidentStats.BySeverity> rows = stats.bySeverity();
        DateTimeFormatter week = DateTimeFormatter.ofPattern("MMM d");
        String weeksChart = SvgChart.bars("Incidents declared per week (weeks starting Monday, UTC)",
                stats.perWeek(WEEKS).stream().map(w -> new SvgChart.Bar(week.format(w.weekOf()), w.declared(),
                        String.valueOf(w.declared()))).toList());
        return Templates.metrics(rows,
                durationChart("Mean time to resolve (MTTR) by severity", rows, IncidentStats.BySeverity::meanToResolve),
                durationChart("Mean time to mitigate by severity", rows, IncidentStats.BySeverity::meanToMitigate),
                weeksChart, WEEKS, insights.insights(Period.parse(period), viewer.visibility()), List.of(Period.values()), viewer.name())
                .render();
    }

    private static String durationChart(String title, List<IncidentStats.BySeverity> rows,
                                        Function<IncidentStats.BySeverity, Duration> value) {
        return SvgChart.bars(title, rows.stream().map(r -> {
            Duration d = value.apply(r);
            return new SvgChart.Bar(r.severity(), d == null ? 0 : d.getSeconds(), Durations.format(d));
        }).toList());
    }
}
