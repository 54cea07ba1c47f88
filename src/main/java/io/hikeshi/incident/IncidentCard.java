package io.hikeshi.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Everything the incident card, the announcement and the home tab show about one incident.
 *
 * @param openActionItems the follow-ups not done yet, oldest first
 * @param alerts          the alerts that triggered it and joined it since, firing first
 * @param privateIncident a private incident: only its members (and the incident admins) see it
 */
public record IncidentCard(
        long number,
        String reference,
        String title,
        String description,
        String severity,
        String severityImpact,
        String status,
        boolean drill,
        String commanderId,
        String scribeId,
        String channelId,
        String channelName,
        String declaredBy,
        Instant declaredAt,
        Map<String, String> otherRoles,
        Update latestUpdate,
        Timing timing,
        List<OpenAction> openActionItems,
        List<TriggeringAlert> alerts,
        boolean privateIncident) {

    /**
     * An alert of the incident, all of it the sender's text.
     *
     * @param labels {@code name=value} pairs without the alert's name
     * @param link   the generator, panel or dashboard URL (http or https), or null
     */
    public record TriggeringAlert(String source, String name, boolean firing, Map<String, String> labels,
                                  Instant startsAt, Instant endsAt, String link) {
    }

    /** The newest status change or update. */
    public record Update(String text, String author, Instant at) {
    }

    /** The incident's durations; null where not known yet. */
    public record Timing(Duration toDetect, Duration toMitigate, Duration toResolve) {
        public static final Timing NONE = new Timing(null, null, null);

        public boolean any() {
            return toDetect != null || toMitigate != null || toResolve != null;
        }
    }

    /**
     * An action item not done yet, as the card and the action item list show it.
     *
     * @param text plain text; {@code {@U123}} stands for a mention of that user (see {@code ChatText})
     */
    public record OpenAction(long id, String text, String ownerId) {

        public Optional<String> owner() {
            return Optional.ofNullable(ownerId);
        }
    }

    public Optional<String> commander() {
        return Optional.ofNullable(commanderId);
    }

    public Optional<String> scribe() {
        return Optional.ofNullable(scribeId);
    }
}
