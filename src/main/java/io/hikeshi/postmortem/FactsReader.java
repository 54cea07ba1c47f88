package io.hikeshi.postmortem;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.UserNames;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRecord;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.Durations;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gathers the facts a postmortem template sees from the incident's records. */
@ApplicationScoped
class FactsReader {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String UNKNOWN = "—";

    private final IncidentCards cards;
    private final IncidentQueries incidents;
    private final Roles roles;
    private final Timeline timeline;
    private final ActionItems actionItems;
    private final ChecklistProgressSource checklists;
    private final ChatGateway chat;

    FactsReader(IncidentCards cards, IncidentQueries incidents, Roles roles, Timeline timeline,
                ActionItems actionItems, ChecklistProgressSource checklists, ChatGateway chat) {
        this.chat = chat;
        this.cards = cards;
        this.incidents = incidents;
        this.roles = roles;
        this.timeline = timeline;
        this.actionItems = actionItems;
        this.checklists = checklists;
    }

    /**
     * Everything but the narrative and the generation details, which the drafting adds; people by name. The
     * records are read in one transaction; names are looked up in Slack after it, so no connection waits on Slack.
     */
    PostmortemFacts read(long incidentId) {
        Records records = QuarkusTransaction.requiringNew().call(() -> load(incidentId));
        People people = new People(new UserNames(chat));
        IncidentRecord stored = records.incident();
        IncidentRef incident = stored.incident();
        IncidentCard.Timing timing = records.card().timing();
        List<PostmortemFacts.Role> history = records.roles().stream().map(h -> role(h, people)).toList();
        List<PostmortemFacts.TimelineEntry> entries = records.timeline().stream()
                .map(e -> new PostmortemFacts.TimelineEntry(TIME.format(e.at()), AT.format(e.at()), e.kind(),
                        people.user(e.author()), people.plain(e.text()), e.permalink() == null ? "" : e.permalink()))
                .toList();
        List<ActionItems.Item> items = records.actionItems();
        return new PostmortemFacts(
                new PostmortemFacts.Incident(incident.number(), incident.reference(), incident.title(),
                        incident.description() == null ? "" : incident.description(), incident.severity(),
                        records.card().severityImpact(), incident.status().label(), incident.drill(),
                        people.user(stored.declaredBy()),
                        at(stored.declaredAt()), at(stored.startedAt()), at(stored.mitigatedAt()),
                        at(stored.resolvedAt()), stored.channelName() == null ? "" : "#" + stored.channelName()),
                new PostmortemFacts.Durations(Durations.format(timing.toDetect()),
                        Durations.format(timing.toMitigate()), Durations.format(timing.toResolve())),
                history.stream().filter(PostmortemFacts.Role::current).toList(),
                history,
                participants(stored, history, records.timeline(), items, people),
                entries,
                items.stream().map(i -> new PostmortemFacts.ActionItem(people.plain(i.text()),
                        people.user(i.ownerId()), i.done(), people.user(i.doneBy()), at(i.doneAt()))).toList(),
                records.checklists(),
                null,
                null,
                records.card().alerts().stream().map(alert -> new PostmortemFacts.Alert(alert.name(), alert.source(),
                        alert.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(java.util.stream.Collectors.joining(", ")), alert.firing(),
                        at(alert.startsAt()), alert.firing() ? at(null) : at(alert.endsAt()),
                        alert.link() == null ? "" : alert.link())).toList());
    }

    private Records load(long incidentId) {
        IncidentCard card = cards.byNumber(incidentId).orElseThrow(
                () -> new IllegalStateException("incident " + incidentId + " does not exist"));
        return new Records(incidents.record(incidentId).orElseThrow(), card, roles.history(incidentId),
                timeline.of(incidentId), actionItems.all(incidentId), checklists.progressOf(incidentId));
    }

    /** What the database holds about the incident, read at once. */
    private record Records(IncidentRecord incident, IncidentCard card, List<Roles.Holding> roles,
                           List<Timeline.Entry> timeline, List<ActionItems.Item> actionItems,
                           List<ChecklistProgress> checklists) {
    }

    private static PostmortemFacts.Role role(Roles.Holding h, People people) {
        return new PostmortemFacts.Role(h.role(), people.user(h.userId()), people.user(h.assignedBy()),
                at(h.assignedAt()),
                h.relievedAt() == null ? "now" : at(h.relievedAt()), h.relievedAt() == null);
    }

    private static List<String> participants(IncidentRecord incident, List<PostmortemFacts.Role> history,
                                             List<Timeline.Entry> entries, List<ActionItems.Item> items,
                                             People names) {
        Set<String> people = new LinkedHashSet<>();
        people.add(names.user(incident.declaredBy()));
        history.forEach(r -> people.add(r.user()));
        entries.forEach(e -> people.add(names.user(e.author())));
        items.forEach(i -> people.add(names.user(i.ownerId())));
        people.remove("");
        return List.copyOf(people);
    }

    /** People as templates show them: {@code @name}, or {@code @U123} when Slack cannot name them. */
    private record People(UserNames names) {

        /** Empty for nobody. */
        String user(String userId) {
            return userId == null || userId.isBlank() ? "" : "@" + names.of(userId);
        }

        /** Chat text with people as {@code @name}, as templates show them. */
        String plain(ChatText text) {
            return text.plain(names::of);
        }

        /** Words someone wrote, as they wrote them. */
        String plain(String words) {
            return words == null ? "" : ChatText.of(words).plain();
        }
    }

    static String at(Instant instant) {
        return instant == null ? UNKNOWN : AT.format(instant);
    }
}
