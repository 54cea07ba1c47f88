package io.hikeshi.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads library entries from the database: incidents with their timeline, newest postmortem text and open action
 * items, and imported postmortems. Bulk reads are a handful of queries whatever the number of incidents, so a
 * replica builds its index from 10,000 incidents in seconds; it reads the other features' tables read-only.
 */
@ApplicationScoped
class LibraryReader {

    private static final String INCIDENTS = "select id, title, description, severity, status, drill, declared_at,"
            + " private_incident from incident";
    private static final String TIMELINES = "select incident_id, text from timeline_entry";
    private static final String POSTMORTEMS = "select p.incident_id, v.markdown from postmortem p join"
            + " postmortem_version v on v.postmortem_id = p.id and v.number = p.current_version";
    private static final String ACTIONS = "select incident_id, text from action_item where done_at is null";
    private static final String IMPORTED = "select source, title, occurred_on, severity, services, labels, body"
            + " from imported_postmortem";

    private final EntityManager em;
    private final LabelSource labels;

    LibraryReader(EntityManager em, LabelSource labels) {
        this.em = em;
        this.labels = labels;
    }

    /** Every entry. */
    @Transactional
    List<LibraryDocument> all() {
        Map<Long, StringBuilder> timelines = texts(TIMELINES + " order by incident_id, occurred_at, id", null);
        Map<Long, StringBuilder> postmortems = texts(POSTMORTEMS, null);
        Map<Long, List<String>> actions = lists(ACTIONS + " order by incident_id, id", null);
        List<Object[]> rows = rows(INCIDENTS + " order by id", null);
        Map<Long, LabelSource.IncidentLabels> labelled = labels.of(rows.stream().map(r -> number(r[0])).toList());
        List<LibraryDocument> all = new ArrayList<>();
        for (Object[] row : rows) {
            long id = number(row[0]);
            all.add(incident(row, timelines.get(id), postmortems.get(id), actions.getOrDefault(id, List.of()),
                    labelled.getOrDefault(id, LabelSource.IncidentLabels.NONE)));
        }
        for (Object[] row : rows(IMPORTED + " order by source", null)) {
            all.add(imported(row));
        }
        return all;
    }

    /** One incident as an entry; empty when there is no such incident. */
    @Transactional
    Optional<LibraryDocument> incident(long id) {
        List<Object[]> rows = rows(INCIDENTS + " where id = ?1", id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(incident(rows.get(0), texts(TIMELINES + " where incident_id = ?1 order by occurred_at, id",
                id).get(id), texts(POSTMORTEMS + " where p.incident_id = ?1", id).get(id),
                lists(ACTIONS + " and incident_id = ?1 order by id", id).getOrDefault(id, List.of()), labels.of(id)));
    }

    /** One imported postmortem; empty when its file was removed. */
    @Transactional
    Optional<LibraryDocument> imported(String source) {
        return rows(IMPORTED + " where source = ?1", source).stream().findFirst().map(LibraryReader::imported);
    }

    /** Imported postmortems by file name; files no longer imported are missing from the map. */
    @Transactional
    Map<String, LibraryDocument> imported(Collection<String> sources) {
        Map<String, LibraryDocument> found = new HashMap<>();
        List<String> all = List.copyOf(sources);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(IMPORTED + " where source in (:sources)")
                    .setParameter("sources", chunk).getResultList();
            rows.forEach(row -> found.put((String) row[0], imported(row)));
        }
        return found;
    }

    /** Incidents that may have changed without telling the library: open ones, and postmortems edited since. */
    @Transactional
    List<Long> recentlyActive(Instant since) {
        List<?> ids = em.createNativeQuery("select id from incident where status <> 'RESOLVED' or resolved_at >= ?1"
                + " union select incident_id from postmortem where updated_at >= ?1").setParameter(1, since)
                .getResultList();
        return ids.stream().map(LibraryReader::number).sorted().toList();
    }

    /** The newest change row's id; 0 when there is none. */
    @Transactional
    long newestChange() {
        Object max = em.createNativeQuery("select max(id) from library_change").getSingleResult();
        return max == null ? 0 : number(max);
    }

    /** Change rows after {@code id}: id, incident id or null, history file or null. */
    @Transactional
    List<Object[]> changesAfter(long id) {
        return rows("select id, incident_id, source from library_change where id > ?1 order by id", id);
    }

    private static LibraryDocument incident(Object[] row, StringBuilder timeline, StringBuilder postmortem,
                                            List<String> actions, LabelSource.IncidentLabels labels) {
        long id = number(row[0]);
        boolean drill = flag(row[5]);
        String markdown = postmortem == null ? "" : postmortem.toString();
        PostmortemSections.Found sections = PostmortemSections.of(markdown);
        List<String> allLabels = new ArrayList<>(labels.labels());
        if (labels.cause() != null) {
            allLabels.add(0, labels.cause());
        }
        String text = (timeline == null ? "" : timeline) + (markdown.isEmpty() ? "" : "\n" + markdown);
        return new LibraryDocument(LibraryDocument.incidentKey(id), id, (drill ? "DRILL-" : "INC-") + id,
                (String) row[1], (String) row[2], null, day(row[6]), (String) row[3], drill,
                "RESOLVED".equals(row[4]), labels.services(), allLabels, text, sections.rootCause(),
                sections.resolution(), actions, "/incidents/" + id + (markdown.isEmpty() ? "" : "/postmortem"), flag(row[7]));
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    private static LibraryDocument imported(Object[] row) {
        LocalDate date = row[2] == null ? null : row[2] instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(row[2].toString().substring(0, 10));
        return LibraryDocument.ofHistory(new HistoryEntry((String) row[0], (String) row[1], date, (String) row[3],
                split((String) row[4]), split((String) row[5]), (String) row[6]));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split("\n"))
                .filter(s -> !s.isBlank()).toList();
    }

    private Map<Long, StringBuilder> texts(String sql, Object parameter) {
        Map<Long, StringBuilder> texts = new HashMap<>();
        for (Object[] row : rows(sql, parameter)) {
            texts.computeIfAbsent(number(row[0]), id -> new StringBuilder()).append(row[1]).append('\n');
        }
        return texts;
    }

    private Map<Long, List<String>> lists(String sql, Object parameter) {
        Map<Long, List<String>> lists = new HashMap<>();
        for (Object[] row : rows(sql, parameter)) {
            lists.computeIfAbsent(number(row[0]), id -> new ArrayList<>()).add((String) row[1]);
        }
        return lists;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return (List<Object[]>) query.getResultList();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).toLocalDate();
        } else if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } else if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }
}
