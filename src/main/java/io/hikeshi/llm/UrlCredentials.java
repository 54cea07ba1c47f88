package io.hikeshi.llm;

/**
 * Finds the password in URLs of any scheme, {@code scheme://user:password@host}. A password may hold {@code @},
 * {@code /} or {@code :} (people paste them unencoded), so it runs to the last {@code @} before the host. One pass
 * over the text and a bounded look at each {@code ://}, so linear in the length of the text.
 */
final class UrlCredentials {

    static final String REPLACEMENT = "[redacted password]";

    /** Longest user, password and host taken together; a longer run is not read as a URL with credentials. */
    private static final int MAX_AUTHORITY = 600;

    private UrlCredentials() {
    }

    static String redact(String text) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        int separator;
        while ((separator = text.indexOf("://", from)) >= 0) {
            int start = separator + 3;
            int end = runEnd(text, start);
            int colon = userEnd(text, start, end);
            int at = colon < 0 ? -1 : lastAt(text, colon, end);
            if (colon >= 0 && at > colon && hasScheme(text, separator) && isPassword(text, colon + 1, at)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, colon + 1).append(REPLACEMENT);
                copied = at;
                from = at;
            } else {
                from = start;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the URL candidate ends: at white space, quotes, angle brackets, a Slack link's bar or the length cap. */
    private static int runEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_AUTHORITY);
        int i = start;
        while (i < limit && !stops(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean stops(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == '|';
    }

    /** The colon that ends the user name (which may be empty), or -1 when there is none before a path. */
    private static int userEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '/' || c == '?' || c == '#' || c == '@') {
                return -1;
            }
        }
        return -1;
    }

    /** The last {@code @} after the colon within the run, or -1. */
    private static int lastAt(String text, int colon, int end) {
        for (int i = end - 1; i > colon; i--) {
            if (text.charAt(i) == '@') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code [from, at)} is a password: a host follows the @. A port and a path with an @ in it
     * ({@code host:8080/path/@x}) reads as one too, and loses a few characters, because a password may well be
     * digits and a slash.
     */
    private static boolean isPassword(String text, int from, int at) {
        return at > from && at + 1 < text.length() && hostStart(text.charAt(at + 1));
    }

    private static boolean hostStart(char c) {
        return Character.isLetterOrDigit(c) || c == '[';
    }

    private static boolean hasScheme(String text, int separator) {
        return separator > 0 && Character.isLetter(text.charAt(separator - 1));
    }
}
