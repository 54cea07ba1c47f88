package io.hikeshi.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may use the web UI and the API. With an OpenID Connect provider configured, people who signed in through it.
 * Without one, nobody — the incidents stay private and a page says how to configure sign-in — except requests from
 * this machine's loopback interface when {@code hikeshi.web.local-access} is true (the default in dev mode only).
 */
@ApplicationScoped
class WebAccess {

    /** How the web UI is protected. */
    enum Mode {
        /** Sign in with the configured OpenID Connect provider. */
        SIGN_IN,
        /** No provider: only requests from the loopback interface, without signing in. */
        LOCAL_ONLY,
        /** No provider and no local access: nobody. */
        CLOSED
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(WebAccess.class);

    private final Mode mode;

    WebAccess(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
              @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean tenantEnabled,
              @ConfigProperty(name = "hikeshi.web.local-access", defaultValue = "false") boolean localAccess) {
        this.mode = mode(authServerUrl.filter(s -> !s.isBlank()).isPresent() && tenantEnabled, localAccess);
    }

    void report(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent started) {
        switch (mode) {
            case SIGN_IN -> LOG.info("Web UI and API: sign-in through the configured OpenID Connect provider.");
            case LOCAL_ONLY -> LOG.warn("Web UI and API: no sign-in configured; serving requests from this machine"
                    + " only (hikeshi.web.local-access=true).");
            case CLOSED -> LOG.warn("Web UI and API: sign-in is not configured (QUARKUS_OIDC_AUTH_SERVER_URL,"
                    + " QUARKUS_OIDC_CLIENT_ID, QUARKUS_OIDC_CREDENTIALS_SECRET), so incidents are not served;"
                    + " HIKESHI_WEB_LOCAL_ACCESS=true serves them to this machine only.");
        }
    }

    static Mode mode(boolean signInConfigured, boolean localAccess) {
        if (signInConfigured) {
            return Mode.SIGN_IN;
        }
        return localAccess ? Mode.LOCAL_ONLY : Mode.CLOSED;
    }

    Mode mode() {
        return mode;
    }

    /** Whether an anonymous request from {@code remoteAddress} may proceed. */
    boolean admitsAnonymous(String remoteAddress) {
        return mode == Mode.LOCAL_ONLY && loopback(remoteAddress);
    }

    /** 127.0.0.0/8 and ::1, as the TCP peer (forwarded headers are not trusted for this). */
    static boolean loopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String host = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        if (!host.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
            return false; // a name, not an address: never resolve it
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
