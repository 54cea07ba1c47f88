package io.hikeshi.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.labels.IncidentLabels;
import io.hikeshi.labels.Label;
import io.hikeshi.postmortem.PostmortemView;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the REST API; durations are whole seconds, null when not known. */
final class ApiJson {

    private ApiJson() {
    }

    /** {@code private}: a private incident, which only its members and the incident admins are shown. */
    record Incident(long number, String reference, String title, String description, String severity,
                    String status, boolean drill, @JsonProperty("private") boolean privateIncident,
                    String commander, String scribe, String channelId, String channelName, String declaredBy,
                    Instant declaredAt, Long timeToDetectSeconds, Long timeToMitigateSeconds,
                    Long timeToResolveSeconds, String page) {
        static Incident of(IncidentCard c) {
            return new Incident(c.number(), c.reference(), c.title(), c.description(), c.severity(), c.status(),
                    c.drill(), c.privateIncident(), c.commanderId(), c.scribeId(), c.channelId(), c.channelName(),
                    c.declaredBy(), c.declaredAt(), seconds(c.timing().toDetect()), seconds(c.timing().toMitigate()),
                    seconds(c.timing().toResolve()), "/incidents/" + c.number());
        }
    }

    record IncidentDetail(Incident incident, List<Roles.Holding> roles, List<ActionItems.Item> actionItems,
                          PostmortemSummary postmortem, Labels labels) {
        static IncidentDetail of(IncidentDetails.Detail d) {
            return new IncidentDetail(Incident.of(d.card()), d.roles(), d.actionItems(),
                    d.postmortem() == null ? null : PostmortemSummary.of(d.postmortem()), Labels.of(d.labels()));
        }
    }

    /** The current labels; each kind with its state ("suggested", "confirmed", or null when never set). */
    record Labels(LabelJson services, LabelJson cause, LabelJson tags) {
        static Labels of(IncidentLabels labels) {
            return new Labels(LabelJson.of(labels.services()), LabelJson.of(labels.cause()),
                    LabelJson.of(labels.tags()));
        }
    }

    record LabelJson(List<String> values, String state, String origin, String by, Instant at, String reason) {
        static LabelJson of(Label label) {
            return new LabelJson(label.values(), label.isSet() ? label.state().label() : null, label.origin(),
                    label.by(), label.at(), label.reason());
        }
    }

    record PostmortemSummary(String status, int version, Instant updatedAt, String page) {
        static PostmortemSummary of(PostmortemView view) {
            return new PostmortemSummary(view.status().label(), view.current().number(), view.current().createdAt(),
                    "/incidents/" + view.incidentNumber() + "/postmortem");
        }
    }

    record Postmortem(long incident, String status, int version, String markdown, String author, Instant updatedAt,
                      List<PostmortemView.Version> versions, List<PostmortemView.StatusChange> history) {
        static Postmortem of(PostmortemView v) {
            return new Postmortem(v.incidentNumber(), v.status().label(), v.current().number(), v.current().markdown(),
                    v.current().author(), v.current().createdAt(), v.versions(), v.history());
        }
    }

    record TimelineEntry(Instant at, String kind, String author, String text, String permalink) {
        static TimelineEntry of(Timeline.Entry e) {
            return new TimelineEntry(e.at(), e.kind(), e.author(), e.text().plain(), e.permalink());
        }
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.getSeconds();
    }
}
