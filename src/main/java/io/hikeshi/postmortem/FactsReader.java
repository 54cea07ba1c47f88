package io.hikeshi.postmortem;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.Incident;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.chat.IncidentCard;
import io.hikeshi.incident.Durations;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Gathers the facts a postmortem template sees from the incident's records. */
@ApplicationScoped
class FactsReader {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String UNKNOWN = "—";
    private static final Pattern MENTION = Pattern.compile("\\{[@#^]([UWCGS][A-Z0-9]{2,30})}");

    private final IncidentCards cards;
    private final Roles roles;
    private final Timeline timeline;
    private final ActionItems actionItems;
    private final ChecklistProgressSource checklists;

    FactsReader(IncidentCards cards, Roles roles, Timeline timeline, ActionItems actionItems,
                ChecklistProgressSource checklists) {
        this.cards = cards;
        this.roles = roles;
        this.timeline = timeline;
        this.actionItems = actionItems;
        this.checklists = checklists;
    }

    /** Everything but the narrative and the generation details, which the drafting adds. */
    @Transactional
    PostmortemFacts read(long incidentId) {
        Incident incident = Incident.findById(incidentId);
        IncidentCard card = cards.byNumber(incidentId).orElseThrow(
                () -> new IllegalStateException("incident " + incidentId + " does not exist"));
        IncidentCard.Timing timing = card.timing();
        List<PostmortemFacts.Role> history = roles.history(incidentId).stream().map(FactsReader::role).toList();
        List<PostmortemFacts.TimelineEntry> entries = timeline.of(incidentId).stream()
                .map(e -> new PostmortemFacts.TimelineEntry(TIME.format(e.at()), AT.format(e.at()), e.kind(),
                        user(e.author()), plain(e.text()), e.permalink() == null ? "" : e.permalink()))
                .toList();
        List<ActionItems.Item> items = actionItems.all(incidentId);
        return new PostmortemFacts(
                new PostmortemFacts.Incident(incident.id, incident.reference(), incident.title,
                        incident.description == null ? "" : incident.description, incident.severity,
                        card.severityImpact(), incident.status.label(), incident.drill, user(incident.declaredBy),
                        at(incident.declaredAt), at(incident.startedAt), at(incident.mitigatedAt),
                        at(incident.resolvedAt), incident.channelName == null ? "" : "#" + incident.channelName),
                new PostmortemFacts.Durations(Durations.format(timing.toDetect()),
                        Durations.format(timing.toMitigate()), Durations.format(timing.toResolve())),
                history.stream().filter(PostmortemFacts.Role::current).toList(),
                history,
                participants(incident, history, timeline.of(incidentId), items),
                entries,
                items.stream().map(i -> new PostmortemFacts.ActionItem(plain(i.text()), user(i.ownerId()), i.done(),
                        user(i.doneBy()), at(i.doneAt()))).toList(),
                checklists.progressOf(incidentId),
                null,
                null);
    }

    private static PostmortemFacts.Role role(Roles.Holding h) {
        return new PostmortemFacts.Role(h.role(), user(h.userId()), user(h.assignedBy()), at(h.assignedAt()),
                h.relievedAt() == null ? "now" : at(h.relievedAt()), h.relievedAt() == null);
    }

    private static List<String> participants(Incident incident, List<PostmortemFacts.Role> history,
                                             List<Timeline.Entry> entries, List<ActionItems.Item> items) {
        Set<String> people = new LinkedHashSet<>();
        people.add(user(incident.declaredBy));
        history.forEach(r -> people.add(r.user()));
        entries.forEach(e -> people.add(user(e.author())));
        items.forEach(i -> people.add(user(i.ownerId())));
        people.remove("");
        return List.copyOf(people);
    }

    /** A Slack user id as templates show it: {@code @U123}; empty for nobody. */
    static String user(String userId) {
        return userId == null || userId.isBlank() ? "" : "@" + userId;
    }

    /** Stored text writes mentions as {@code {@U123}}; templates show them as {@code @U123}. */
    static String plain(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll("@$1");
    }

    static String at(Instant instant) {
        return instant == null ? UNKNOWN : AT.format(instant);
    }
}
