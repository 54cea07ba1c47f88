package io.hikeshi.incident;

import java.util.List;

/**
 * What someone asked for when declaring an incident.
 *
 * @param requestKey the Slack trigger or view id that carried the request; a second request with the same key
 *                   returns the first incident instead of declaring another
 * @param services   the services the declarer (or an alert route) named as affected; empty when none were named
 * @param declaredFrom the message the incident was declared from (a message shortcut), or null
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
        DeclaredFrom declaredFrom) {

    public DeclareRequest {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A request declared from no particular message. */
    public DeclareRequest(String requestKey, String title, String severity, String description, boolean drill,
                          String declaredBy, String declaredInChannel, List<String> services) {
        this(requestKey, title, severity, description, drill, declaredBy, declaredInChannel, services, null);
    }

    /** A request that names no services. */
    public DeclareRequest(String requestKey, String title, String severity, String description, boolean drill,
                          String declaredBy, String declaredInChannel) {
        this(requestKey, title, severity, description, drill, declaredBy, declaredInChannel, List.of(), null);
    }
}
