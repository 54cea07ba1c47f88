package io.hikeshi.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Who may use the web UI and the API. With an OpenID Connect provider configured, people who signed in through it
 * and whom {@link SignInPolicy} admits. Without one, nobody — the incidents stay private and a page says how to
 * configure sign-in — except requests to a local name from this machine's loopback interface when
 * {@code hikeshi.web.local-access} is true (the default in dev mode only).
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

    /** The names this machine answers to locally; a request for any other name may come through DNS rebinding. */
    static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private static final Logger LOG = Logger.getLogger(WebAccess.class);

    private final Mode mode;
    private final boolean slackSignIn;
    private final SignInPolicy policy;
    private final BotWorkspace workspace;
    private final FormOrigin formOrigin;
    private final boolean secureCookies;

    WebAccess(SignInProviderConfig provider, WebConfig config, BotWorkspace workspace) {
        Optional<String> url = provider.authServerUrl().filter(s -> !s.isBlank());
        this.mode = mode(url.isPresent() && provider.tenantEnabled(), config.localAccess());
        this.slackSignIn = url.filter(SignInPolicy::isSlack).isPresent();
        this.policy = SignInPolicy.of(config);
        this.workspace = workspace;
        Optional<String> baseUrl = config.baseUrl().filter(s -> !s.isBlank());
        this.formOrigin = new FormOrigin(baseUrl);
        this.secureCookies = baseUrl.filter(u -> u.regionMatches(true, 0, "https://", 0, 8)).isPresent();
    }

    void report(@Observes StartupEvent started) {
        switch (mode) {
            case SIGN_IN -> reportSignIn();
            case LOCAL_ONLY -> LOG.warn("Web UI and API: no sign-in configured; serving requests to localhost from"
                    + " this machine only (hikeshi.web.local-access=true).");
            case CLOSED -> LOG.warn("Web UI and API: sign-in is not configured (QUARKUS_OIDC_AUTH_SERVER_URL,"
                    + " QUARKUS_OIDC_CLIENT_ID, QUARKUS_OIDC_CREDENTIALS_SECRET), so incidents are not served;"
                    + " HIKESHI_WEB_LOCAL_ACCESS=true serves them to this machine only.");
        }
    }

    private void reportSignIn() {
        if (slackSignIn) {
            LOG.infof("Web UI and API: Sign in with Slack, for members of the bot's workspace%s.",
                    policy.listConfigured() ? " on the allowed e-mail domains or groups" : "");
        } else if (policy.listConfigured()) {
            LOG.info("Web UI and API: sign-in through the configured OpenID Connect provider, for people in the"
                    + " allowed e-mail domains or groups.");
        } else {
            LOG.warn("Web UI and API: sign-in is configured but nobody may sign in yet: set"
                    + " HIKESHI_WEB_ALLOWED_EMAIL_DOMAINS (e.g. example.com) or HIKESHI_WEB_ALLOWED_GROUPS"
                    + " (claim HIKESHI_WEB_GROUPS_CLAIM, default groups).");
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

    /** Whether a signed-in person may see the incidents, and if not, why. */
    SignInPolicy.Verdict judge(SecurityIdentity identity) {
        Function<String, Object> claims = identity.getPrincipal() instanceof JsonWebToken token ? token::getClaim
                : name -> null;
        return policy.judge(claims, workspace::teamId);
    }

    /** Whether a form with these headers comes from hikeshi's own address. */
    boolean formFromHere(String origin, String referer) {
        return formOrigin.allows(origin, referer);
    }

    /** Whether cookies must be {@code Secure}: the public address is https, even where TLS ends before hikeshi. */
    boolean secureCookies() {
        return secureCookies;
    }

    /** Whether an anonymous request from {@code peer} (the TCP peer) for {@code host} (the Host header) may proceed. */
    boolean admitsAnonymous(String peer, String host) {
        return mode == Mode.LOCAL_ONLY && loopback(peer) && localName(host);
    }

    /** localhost, 127.0.0.1 or [::1], with any port. */
    static boolean localName(String authority) {
        if (authority == null) {
            return false;
        }
        int portAt = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.indexOf(':');
        String host = portAt <= 0 ? authority : authority.substring(0, portAt);
        String port = portAt <= 0 ? "" : authority.substring(portAt);
        return LOCAL_NAMES.contains(host.toLowerCase(Locale.ROOT)) && port.matches("(:[0-9]{1,5})?");
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
