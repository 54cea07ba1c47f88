package io.hikeshi.web;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Guards every {@link SignedIn} resource: signed-in people whom {@link SignInPolicy} admits pass; others get a page
 * saying they are not allowed; anonymous requests are sent to sign in, or refused with a page that explains why when
 * no sign-in is configured. Also hands out the CSRF cookie and refuses state-changing requests that come from
 * another site than hikeshi's address.
 */
class SignInFilter {

    private static final Logger LOG = Logger.getLogger(SignInFilter.class);

    private final SecurityIdentity identity;
    private final WebAccess access;
    private final Csrf csrf;
    private final ErrorPages errors;

    SignInFilter(SecurityIdentity identity, WebAccess access, Csrf csrf, ErrorPages errors) {
        this.identity = identity;
        this.access = access;
        this.csrf = csrf;
        this.errors = errors;
    }

    @SignedIn
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    Optional<Response> admit(ContainerRequestContext context, HttpServerRequest request) {
        boolean api = isApi(context);
        if (identity.isAnonymous()) {
            if (!access.admitsAnonymous(peer(request), host(request))) {
                if (access.mode() == WebAccess.Mode.SIGN_IN) {
                    // Quarkus answers with the sign-in redirect (browsers) or 401 (bearer clients).
                    throw new UnauthorizedException();
                }
                return Optional.of(errors.signInNotConfigured(api));
            }
        } else {
            SignInPolicy.Verdict verdict = access.judge(identity);
            if (verdict != SignInPolicy.Verdict.ALLOWED) {
                LOG.infof("Web sign-in refused: %s", verdict);
                return Optional.of(errors.notAllowed(api, verdict));
            }
        }
        Cookie cookie = context.getCookies().get(Csrf.COOKIE);
        csrf.arrived(cookie == null ? null : cookie.getValue());
        if (!"GET".equals(context.getMethod()) && !"HEAD".equals(context.getMethod())
                && !access.formFromHere(context.getHeaderString("Origin"), context.getHeaderString("Referer"))) {
            return Optional.of(errors.csrfRejected());
        }
        return Optional.empty();
    }

    @SignedIn
    @ServerResponseFilter
    void issueCookie(ContainerResponseContext response, HttpServerRequest request) {
        if (csrf.token() != null && csrf.issued()) {
            NewCookie cookie = new NewCookie.Builder(Csrf.COOKIE).value(csrf.token()).path("/").httpOnly(true)
                    .secure(request.isSSL() || access.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
            response.getHeaders().add("Set-Cookie", cookie);
        }
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle("Content-Security-Policy", "default-src 'self'; img-src 'self' data:;"
                + " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }

    /** The TCP peer, not an address from forwarded headers (those rewrite {@code remoteAddress()} when trusted). */
    private static String peer(HttpServerRequest request) {
        var address = request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    private static String host(HttpServerRequest request) {
        String host = request.getHeader("Host");
        return host != null || request.authority() == null ? host : request.authority().toString();
    }

    private static boolean isApi(ContainerRequestContext context) {
        return context.getUriInfo().getPath().startsWith("/api");
    }
}
