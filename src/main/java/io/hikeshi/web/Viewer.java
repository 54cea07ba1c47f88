package io.hikeshi.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person looking at the web UI, as versions and status changes record them. */
@RequestScoped
public class Viewer {

    static final String LOCAL = "local user (no sign-in)";

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The name the provider gives (Slack's {@code name}, else e-mail, else the subject). */
    public String name() {
        if (identity.isAnonymous()) {
            return LOCAL;
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            for (String claim : new String[] {"name", "email", "preferred_username"}) {
                Object value = token.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return fit(value.toString());
                }
            }
        }
        return fit(principal.getName());
    }

    private static String fit(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 120) : oneLine;
    }
}
