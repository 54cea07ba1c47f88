package io.hikeshi.postmortem;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Addresses of postmortems in the web UI, from its public base URL (HIKESHI_BASE_URL). */
@ApplicationScoped
public class PostmortemLinks {

    private final Optional<String> baseUrl;

    PostmortemLinks(@ConfigProperty(name = "hikeshi.web.base-url") Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", ""));
    }

    /** The path of an incident's postmortem page, relative to the web UI. */
    public static String path(long incidentNumber) {
        return "/incidents/" + incidentNumber + "/postmortem";
    }

    /** The full address, when the public base URL is configured. */
    public Optional<String> link(long incidentNumber) {
        return baseUrl.map(base -> base + path(incidentNumber));
    }

    /** The full address, or the path with a hint, for text that must say where the draft is. */
    public String describe(long incidentNumber) {
        return link(incidentNumber).orElse(path(incidentNumber) + " in hikeshi's web UI");
    }
}
