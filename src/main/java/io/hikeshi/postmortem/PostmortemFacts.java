package io.hikeshi.postmortem;

import java.util.List;

/**
 * What a postmortem template sees, documented for template authors in templates/postmortem/README.md. Every text
 * value is plain text that the template engine escapes for Markdown when it is written out; times and durations
 * are already formatted ("2024-05-01 10:32 UTC", "1h 05m"; "—" when not known).
 *
 * @param incident     the incident
 * @param durations    time to detect, mitigate and resolve
 * @param roles        who holds each role now
 * @param roleHistory  every role assignment, oldest first, including people relieved of a role
 * @param participants everyone who declared, held a role, wrote on the timeline or owns an action item
 * @param timeline     the timeline, oldest first
 * @param actionItems  follow-ups, done or not
 * @param checklists   progress through the runbook checklists posted in the incident
 * @param narrative    the written sections: drafted by the LLM and marked as such, or a prompt for people
 * @param generated    when and from which template this draft was made
 * @param alerts       the alerts that triggered the incident or joined it, firing first
 */
public record PostmortemFacts(Incident incident, Durations durations, List<Role> roles, List<Role> roleHistory,
                              List<String> participants, List<TimelineEntry> timeline, List<ActionItem> actionItems,
                              List<ChecklistProgress> checklists, Narrative narrative, Generated generated,
                              List<Alert> alerts) {

    /** Facts of an incident no alert was part of. */
    public PostmortemFacts(Incident incident, Durations durations, List<Role> roles, List<Role> roleHistory,
                           List<String> participants, List<TimelineEntry> timeline, List<ActionItem> actionItems,
                           List<ChecklistProgress> checklists, Narrative narrative, Generated generated) {
        this(incident, durations, roles, roleHistory, participants, timeline, actionItems, checklists, narrative,
                generated, List.of());
    }

    /**
     * An alert of the incident; {@code labels} as {@code name=value, …}, {@code endsAt} "—" while firing,
     * {@code link} empty when the sender gave none.
     */
    public record Alert(String name, String source, String labels, boolean firing, String startsAt, String endsAt,
                        String link) {
    }

    /** The incident's headline facts; people are Slack user ids written as {@code @U123}. */
    public record Incident(long number, String reference, String title, String description, String severity,
                           String severityImpact, String status, boolean drill, String declaredBy, String declaredAt,
                           String startedAt, String mitigatedAt, String resolvedAt, String channel) {
    }

    /** Durations as "1h 05m"; "—" when not known. */
    public record Durations(String toDetect, String toMitigate, String toResolve) {
    }

    /** One person in one role from {@code since} until {@code until} ("now" while they hold it). */
    public record Role(String role, String user, String assignedBy, String since, String until, boolean current) {
    }

    /** A timeline entry; {@code time} is the time of day (UTC), {@code at} date and time. */
    public record TimelineEntry(String time, String at, String kind, String author, String text, String link) {
    }

    /** A follow-up; {@code owner} and {@code doneBy} are empty when nobody. */
    public record ActionItem(String text, String owner, boolean done, String doneBy, String doneAt) {
    }

    /** When the draft was made, as which version, from which template, and where to edit it. */
    public record Generated(String at, int version, String template, String link) {
    }
}
