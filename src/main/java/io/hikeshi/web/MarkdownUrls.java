package io.hikeshi.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The URLs Markdown may link to or show as images: http, https, mailto and relative ones. Any other scheme
 * ({@code javascript:}, {@code data:}, {@code vbscript:}…), however it is cased, split by whitespace or control
 * characters (which browsers drop), or written with entities (which the parser has already decoded), becomes an
 * empty address.
 */
final class MarkdownUrls implements UrlSanitizer {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    /** What browsers strip from a URL before reading it: ASCII whitespace and control characters. */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7F]");
    /** Up to the first ':', before any '/', '?' or '#': the scheme, if there is a ':' at all. */
    private static final Pattern SCHEME = Pattern.compile("^([^/?#]*?):");

    @Override
    public String sanitizeLinkUrl(String url) {
        return allowed(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return sanitizeLinkUrl(url);
    }

    /** Whether a browser would read this address as http, https, mailto or relative. */
    static boolean allowed(String url) {
        if (url == null) {
            return false;
        }
        String compact = IGNORED.matcher(url).replaceAll("");
        Matcher scheme = SCHEME.matcher(compact);
        return !scheme.find() || SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }
}
