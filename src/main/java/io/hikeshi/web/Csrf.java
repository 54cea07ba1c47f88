package io.hikeshi.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection by double submission: a random token in a SameSite=Strict, HttpOnly
 * cookie, and the same token in every form. Another site can make a browser send the cookie with a form it forges,
 * but it cannot read it to put the token in the form.
 */
@RequestScoped
public class Csrf {

    static final String COOKIE = "hikeshi_csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ErrorPages errors;
    private String token;
    private boolean issued;

    Csrf(ErrorPages errors) {
        this.errors = errors;
    }

    /** Called by {@link SignInFilter} with the cookie the browser sent, if any. */
    void arrived(String cookieValue) {
        if (cookieValue != null && cookieValue.matches("[A-Za-z0-9_-]{43}")) {
            token = cookieValue;
        } else {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            issued = true;
        }
    }

    /** The token forms carry in their hidden {@code csrf} field. */
    public String token() {
        return token;
    }

    /** Whether the response must set the cookie (the browser had none). */
    boolean issued() {
        return issued;
    }

    /** Refuses a form whose token is missing or not the cookie's. */
    void check(String submitted) {
        if (issued || submitted == null || !MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new WebApplicationException(errors.csrfRejected());
        }
    }
}
