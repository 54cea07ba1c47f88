package io.hikeshi.web;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person looking at the web UI: the name versions and status changes record, and which incidents they see —
 * worked out once per request.
 */
@RequestScoped
public class Viewer {

    static final String LOCAL = "local user (no sign-in)";

    private final SecurityIdentity identity;
    private final ChatIdentities chatIdentities;
    private final IncidentAccess access;
    private Audience audience;
    private IncidentAccess.Visibility visibility;

    Viewer(SecurityIdentity identity, ChatIdentities chatIdentities, IncidentAccess access) {
        this.identity = identity;
        this.chatIdentities = chatIdentities;
        this.access = access;
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

    /**
     * Who is looking, as the Slack user they were mapped to (see {@link ChatIdentities}); {@link Audience#PUBLIC},
     * which sees no private incident, for local access without sign-in and for anyone who cannot be mapped.
     */
    public Audience audience() {
        if (audience == null) {
            audience = identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    ? Audience.PUBLIC
                    : chatIdentities.userId(claims(token)).map(access::audience).orElse(Audience.PUBLIC);
        }
        return audience;
    }

    /** The incidents hidden from this person, for filtering lists. */
    public IncidentAccess.Visibility visibility() {
        if (visibility == null) {
            visibility = access.visibility(audience());
        }
        return visibility;
    }

    /** Whether the incident exists for this person: false for private incidents they are not in, and for none. */
    public boolean sees(long number) {
        return access.canSee(number, audience());
    }

    private static Function<String, Object> claims(JsonWebToken token) {
        return token::getClaim;
    }

    private static String fit(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 120) : oneLine;
    }
}
