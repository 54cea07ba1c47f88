package io.hikeshi.incident;

import java.time.Instant;
import java.util.List;

/**
 * What someone asked for when declaring an incident.
 *
 * @param requestKey      the Slack trigger or view id that carried the request; a second request with the same key
 *                        returns the first incident instead of declaring another
 * @param services        the services the declarer (or an alert route) named as affected; empty when none were named
 * @param impactStartedAt when the impact began, if known (an alert's start), for time to detect; null when not
 * @param trigger         what declared it when not a person typing, e.g. {@code an alert (Alertmanager, route
 *                        checkout)}, for the timeline; null for a person
 * @param declaredFrom    the message the incident was declared from (a message shortcut), or null
 * @param privateIncident a private incident (security work): a private channel, seen only by its members
 */
public record DeclareRequest(
        String requestKey,
        String title,
        String severity,
        String description,
        boolean drill,
        String declaredBy,
        String declaredInChannel,
        List<String> services,
        Instant impactStartedAt,
        String trigger,
        DeclaredFrom declaredFrom,
        boolean privateIncident) {

    public DeclareRequest {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A public incident's request. */
    public DeclareRequest(String requestKey, String title, String severity, String description, boolean drill,
                          String declaredBy, String declaredInChannel, List<String> services, Instant impactStartedAt,
                          String trigger, DeclaredFrom declaredFrom) {
        this(requestKey, title, severity, description, drill, declaredBy, declaredInChannel, services, impactStartedAt,
                trigger, declaredFrom, false);
    }

    /** A request that names no services. */
    public DeclareRequest(String requestKey, String title, String severity, String description, boolean drill,
                          String declaredBy, String declaredInChannel) {
        this(requestKey, title, severity, description, drill, declaredBy, declaredInChannel, List.of());
    }

    /** A request a person typed, from no particular message. */
    public DeclareRequest(String requestKey, String title, String severity, String description, boolean drill,
                          String declaredBy, String declaredInChannel, List<String> services) {
        this(requestKey, title, severity, description, drill, declaredBy, declaredInChannel, services, null, null,
                null);
    }

    /** The same request, declared from the given message. */
    public DeclareRequest from(DeclaredFrom message) {
        return new DeclareRequest(requestKey, title, severity, description, drill, declaredBy, declaredInChannel,
                services, impactStartedAt, trigger, message, privateIncident);
    }

    /** The same request, for a private incident or not. */
    public DeclareRequest asPrivate(boolean isPrivate) {
        return new DeclareRequest(requestKey, title, severity, description, drill, declaredBy, declaredInChannel,
                services, impactStartedAt, trigger, declaredFrom, isPrivate);
    }
}
