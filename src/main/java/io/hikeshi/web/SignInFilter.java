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
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Guards every {@link SignedIn} resource: signed-in people pass; anonymous requests are sent to sign in, or refused
 * with a page that explains why when no sign-in is configured. Also hands out the CSRF cookie and refuses
 * state-changing requests that come from another site.
 */
class SignInFilter {

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
        if (identity.isAnonymous() && !access.admitsAnonymous(request.remoteAddress().hostAddress())) {
            if (access.mode() == WebAccess.Mode.SIGN_IN) {
                // Quarkus answers with the sign-in redirect (browsers) or 401 (bearer clients).
                throw new UnauthorizedException();
            }
            return Optional.of(errors.signInNotConfigured(isApi(context)));
        }
        Cookie cookie = context.getCookies().get(Csrf.COOKIE);
        csrf.arrived(cookie == null ? null : cookie.getValue());
        if (!"GET".equals(context.getMethod()) && !"HEAD".equals(context.getMethod())
                && !sameOrigin(context.getHeaderString("Origin"), request)) {
            return Optional.of(errors.csrfRejected());
        }
        return Optional.empty();
    }

    @SignedIn
    @ServerResponseFilter
    void issueCookie(ContainerResponseContext response, HttpServerRequest request) {
        if (csrf.token() != null && csrf.issued()) {
            NewCookie cookie = new NewCookie.Builder(Csrf.COOKIE).value(csrf.token()).path("/").httpOnly(true)
                    .secure(request.isSSL()).sameSite(NewCookie.SameSite.STRICT).build();
            response.getHeaders().add("Set-Cookie", cookie);
        }
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle("Content-Security-Policy", "default-src 'self'; img-src 'self' data:;"
                + " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }

    /** A browser names the page a form came from in Origin; when it does, it must be this site. */
    static boolean sameOrigin(String origin, HttpServerRequest request) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.authority() == null ? request.getHeader("Host") : request.authority().toString();
            return host != null && (uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()))
                    .equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isApi(ContainerRequestContext context) {
        return context.getUriInfo().getPath().startsWith("/api");
    }
}
