package io.hikeshi.incident;

/**
 * What someone asked for when declaring an incident.
 *
 * @param requestKey the Slack trigger or view id that carried the request; a second request with the same key
 *                   returns the first incident instead of declaring another
 */
public record DeclareRequest(
        String requestKey,
        String title,
        String severity,
        String description,
        boolean drill,
        String declaredBy,
        String declaredInChannel) {
}
