package io.hikeshi.summary;

import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.UserNames;
import io.hikeshi.chat.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers what a catch-up is made from: the transcript, with names for ids, and the incident's record. */
@ApplicationScoped
class CatchUpSources {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final Set<String> HIGHLIGHTS = Set.of(Timeline.DECLARED, Timeline.STATUS, Timeline.UPDATE,
            Timeline.SEVERITY, Timeline.ROLE, Timeline.NOTE, Timeline.MESSAGE);

    private final EntityManager em;
    private final IncidentCards cards;
    private final Roles roles;
    private final Timeline timeline;
    private final ChatGateway chat;

    CatchUpSources(EntityManager em, IncidentCards cards, Roles roles, Timeline timeline, ChatGateway chat) {
        this.em = em;
        this.cards = cards;
        this.roles = roles;
        this.timeline = timeline;
        this.chat = chat;
    }

    /** Everything a catch-up of this incident needs; names are looked up once per person. */
    @Transactional
    CatchUpInput load(long incidentId) {
        IncidentCard card = cards.byNumber(incidentId)
                .orElseThrow(() -> new IllegalStateException("incident " + incidentId + " does not exist"));
        UserNames names = new UserNames(chat);
        List<SourceMessage> messages = messages(incidentId, names::of);
        List<String> roleLines = roles.current(incidentId).stream()
                .map(h -> h.role() + ": " + names.of(h.userId())).toList();
        List<String> highlights = timeline.of(incidentId).stream()
                .filter(e -> HIGHLIGHTS.contains(e.kind()))
                .map(e -> CLOCK.format(e.at()) + " UTC " + e.kind() + ": "
                        + MessageText.readable(e.text(), names::of))
                .toList();
        String update = card.latestUpdate() == null ? null : CLOCK.format(card.latestUpdate().at()) + " UTC, "
                + names.of(card.latestUpdate().author()) + ": "
                + MessageText.readable(card.latestUpdate().text(), names::of);
        IncidentFacts facts = new IncidentFacts(incidentId, card.reference(), card.title(), card.channelId(),
                card.severity(), card.status(), update, roleLines, highlights);
        return new CatchUpInput(facts, messages, fingerprint(incidentId));
    }

    private List<SourceMessage> messages(long incidentId, java.util.function.UnaryOperator<String> name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ts, thread_ts, user_id, text from transcript_message"
                + " where incident_id = ?1 and deleted = false order by ts").setParameter(1, incidentId).getResultList();
        Map<String, Integer> numbers = new HashMap<>();
        List<SourceMessage> messages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String ts = (String) row[0];
            String thread = (String) row[1];
            int number = messages.size() + 1;
            numbers.put(ts, number);
            int parent = thread == null || thread.equals(ts) ? 0 : numbers.getOrDefault(thread, 0);
            String author = row[2] == null ? "someone" : name.apply((String) row[2]);
            messages.add(new SourceMessage(number, ts, thread, parent, author,
                    MessageText.readable((String) row[3], name), timeOf(ts)));
        }
        return messages;
    }

    /** Changes whenever a message, edit or deletion arrives, or the timeline or roles change. */
    String fingerprint(long incidentId) {
        Object[] transcript = (Object[]) em.createNativeQuery("select count(*), max(ts), max(edited_ts),"
                + " sum(case when deleted then 1 else 0 end) from transcript_message where incident_id = ?1")
                .setParameter(1, incidentId).getSingleResult();
        Object[] record = (Object[]) em.createNativeQuery("select (select max(id) from timeline_entry where"
                + " incident_id = ?1), (select max(id) from role_assignment where incident_id = ?1)")
                .setParameter(1, incidentId).getSingleResult();
        return "m" + transcript[0] + ":" + transcript[1] + ":" + transcript[2] + ":" + transcript[3] + "|t" + record[0]
                + "|r" + record[1];
    }

    /** The part of a {@link #fingerprint} that changes only with the messages: the same part, the same messages. */
    static String messagesPart(String fingerprint) {
        int bar = fingerprint.indexOf('|');
        return bar < 0 ? fingerprint : fingerprint.substring(0, bar);
    }

    static Instant timeOf(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
