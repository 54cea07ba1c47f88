package io.hikeshi.postmortem;

import java.util.Optional;

/**
 * Addresses of postmortems in the web UI. The web UI provides it: it knows its public address (HIKESHI_BASE_URL)
 * and serves the pages.
 */
public interface PostmortemLinks {

    /** The path of an incident's postmortem page, relative to the web UI. */
    static String path(long incidentNumber) {
        return "/incidents/" + incidentNumber + "/postmortem";
    }

    /** The web UI's public address without a trailing slash; empty when it is not configured. */
    Optional<String> baseUrl();

    /** The full address, when the public base URL is configured. */
    default Optional<String> link(long incidentNumber) {
        return baseUrl().map(base -> base + path(incidentNumber));
    }

    /** The full address, or the path with a hint, for text that must say where the draft is. */
    default String describe(long incidentNumber) {
        return link(incidentNumber).orElse(path(incidentNumber) + " in hikeshi's web UI");
    }
}
