package io.hikeshi.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where forms may come from: hikeshi's configured public address or, without one, this machine's local names —
 * never whatever the request's own Host header claims, which an attacker's DNS name can set.
 */
final class FormOrigin {

    private final Optional<URI> base;

    FormOrigin(Optional<String> baseUrl) {
        this.base = baseUrl.map(FormOrigin::parse).filter(u -> u.getHost() != null);
    }

    /**
     * Whether the browser's Origin (else its Referer) names hikeshi. With neither header, the form's CSRF token
     * alone decides; an unreadable or opaque ("null") origin is refused.
     */
    boolean allows(String origin, String referer) {
        String source = origin != null && !origin.isBlank() ? origin : referer;
        if (source == null || source.isBlank()) {
            return true;
        }
        URI uri = parse(source.strip());
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (base.isPresent()) {
            URI here = base.get();
            return scheme.equals(here.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost().equalsIgnoreCase(here.getHost()) && port(uri) == port(here);
        }
        return (scheme.equals("http") || scheme.equals("https"))
                && WebAccess.LOCAL_NAMES.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI parse(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
