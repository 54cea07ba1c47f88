package io.hikeshi.catchup;

import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.UserNames;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /**
     * Everything a catch-up of this incident needs. The rows are read in one transaction; names, which may each take a
     * Slack call, are looked up after it, once per person, so no transaction waits on Slack.
     */
    CatchUpInput load(long incidentId) {
        Rows rows = QuarkusTransaction.joiningExisting().call(() -> read(incidentId));
        IncidentCard card = rows.card();
        UserNames names = new UserNames(chat);
        List<SourceMessage> messages = messages(rows.messages(), card.channelId(), names::of);
        List<String> roleLines = rows.roles().stream().map(h -> h.role() + ": " + names.of(h.userId())).toList();
        List<String> highlights = rows.timeline().stream()
                .filter(e -> HIGHLIGHTS.contains(e.kind()))
                .map(e -> CLOCK.format(e.at()) + " UTC " + e.kind() + ": "
                        + MessageText.readable(e.text().plain(names::of), names::of))
                .toList();
        String update = card.latestUpdate() == null ? null : CLOCK.format(card.latestUpdate().at()) + " UTC, "
                + names.of(card.latestUpdate().author()) + ": "
                + MessageText.readable(card.latestUpdate().text(), names::of);
        IncidentFacts facts = new IncidentFacts(incidentId, card.reference(), card.title(), card.channelId(),
                card.severity(), card.status(), update, roleLines, highlights);
        return new CatchUpInput(facts, messages, rows.fingerprint());
    }

    /** The incident as a notice about it shows it: reference, title and channel; no messages, no names. */
    IncidentFacts heading(long incidentId) {
        IncidentCard card = QuarkusTransaction.joiningExisting().call(() -> cards.byNumber(incidentId))
                .orElseThrow(() -> new IllegalStateException("incident " + incidentId + " does not exist"));
        return new IncidentFacts(incidentId, card.reference(), card.title(), card.channelId(), card.severity(),
                card.status(), null, List.of(), List.of());
    }

    /** The incident's rows as stored, people still as ids. */
    private record Rows(String fingerprint, IncidentCard card, List<Object[]> messages, List<Roles.Holding> roles,
                        List<Timeline.Entry> timeline) {
    }

    private Rows read(long incidentId) {
        // The fingerprint first, so that a message arriving meanwhile is never counted in it without being read.
        String fingerprint = fingerprint(incidentId);
        IncidentCard card = cards.byNumber(incidentId)
                .orElseThrow(() -> new IllegalStateException("incident " + incidentId + " does not exist"));
        @SuppressWarnings("unchecked")
        List<Object[]> messages = em.createNativeQuery("select ts, thread_ts, user_id, text, channel_id from"
                + " transcript_message where incident_id = ?1 and deleted = false order by ts")
                .setParameter(1, incidentId).getResultList();
        return new Rows(fingerprint, card, messages, roles.current(incidentId), timeline.of(incidentId));
    }

    private static List<SourceMessage> messages(List<Object[]> rows, String incidentChannel,
                                                UnaryOperator<String> name) {
        Map<String, Integer> numbers = new HashMap<>();
        List<SourceMessage> messages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String ts = (String) row[0];
            String thread = (String) row[1];
            int number = messages.size() + 1;
            numbers.put(ts, number);
            int parent = thread == null || thread.equals(ts) ? 0 : numbers.getOrDefault(thread, 0);
            String author = row[2] == null ? "someone" : name.apply((String) row[2]);
            // Messages copied from the thread an incident was declared from live in another channel.
            String channel = row[4] == null || row[4].equals(incidentChannel) ? null : (String) row[4];
            messages.add(new SourceMessage(number, ts, thread, parent, author,
                    MessageText.readable((String) row[3], name), timeOf(ts), channel));
        }
        return messages;
    }

    /** Changes whenever a message, edit or deletion arrives, or the timeline or roles change. */
    private String fingerprint(long incidentId) {
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
