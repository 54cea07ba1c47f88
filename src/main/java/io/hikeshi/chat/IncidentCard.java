package io.hikeshi.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the incident card, the announcement and the home tab show about one incident.
 *
 * @param openActionItems the follow-ups not done yet, oldest first
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
        List<OpenActionItem> openActionItems) {

    public Optional<String> commander() {
        return Optional.ofNullable(commanderId);
    }

    public Optional<String> scribe() {
        return Optional.ofNullable(scribeId);
    }
}
