package io.hikeshi.incident;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds incidents for the web UI and the API: filtered by status, severity and drill, searched by text. */
@ApplicationScoped
public class IncidentSearch {

    /** The most incidents one search returns. */
    public static final int LIMIT = 200;

    /**
     * What to look for; null or blank means any.
     *
     * @param status "open", "resolved" or one status label such as "monitoring"
     * @param drill  "only" for drills, "exclude" for real incidents only
     * @param text   words that must appear in the title or description (or the reference, e.g. INC-42)
     */
    public record Filter(String status, String severity, String drill, String text) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    private final IncidentCards cards;

    IncidentSearch(IncidentCards cards) {
        this.cards = cards;
    }

    /** Matching incidents this audience may see, most recent first. */
    @Transactional
    public List<IncidentCard> find(Filter filter, IncidentAccess.Visibility visibility) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!visibility.hidden().isEmpty()) {
            where.add("id not in :hidden");
            params.and("hidden", visibility.hidden());
        }
        String status = blankToNull(filter.status());
        if ("open".equalsIgnoreCase(status)) {
            where.add("status <> :resolved");
            params.and("resolved", IncidentStatus.RESOLVED);
        } else if (status != null) {
            parseStatus(status).ifPresent(s -> {
                where.add("status = :status");
                params.and("status", s);
            });
        }
        if (blankToNull(filter.severity()) != null) {
            where.add("upper(severity) = :severity");
            params.and("severity", filter.severity().strip().toUpperCase(Locale.ROOT));
        }
        if ("only".equalsIgnoreCase(filter.drill())) {
            where.add("drill = true");
        } else if ("exclude".equalsIgnoreCase(filter.drill())) {
            where.add("drill = false");
        }
        String text = blankToNull(filter.text());
        if (text != null) {
            Optional<Long> number = referenceNumber(text);
            if (number.isPresent()) {
                where.add("id = :number");
                params.and("number", number.get());
            } else {
                where.add("(lower(title) like :text or lower(coalesce(description, '')) like :text)");
                params.and("text", "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            }
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id desc";
        return Incident.<Incident>find(query, params).page(0, LIMIT).list().stream().map(cards::card).toList();
    }

    private static Optional<IncidentStatus> parseStatus(String text) {
        for (IncidentStatus s : IncidentStatus.values()) {
            if (s.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** "INC-42", "DRILL-42", "#42" or "42" name incident 42. */
    private static Optional<Long> referenceNumber(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^(INC-|DRILL-|#)", "");
        return t.matches("\\d{1,12}") ? Optional.of(Long.parseLong(t)) : Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
