package io.hikeshi.postmortem;

import java.util.regex.Pattern;

/**
 * Writes plain text (titles, timeline entries, Slack messages) into Markdown so that it reads as the same text:
 * nothing in it can start a heading, list, quote, table cell, link, image, emphasis, code or HTML.
 */
public final class MarkdownText {

    // Backslash escapes are valid before any ASCII punctuation in CommonMark; these are the ones that can format.
    private static final String SPECIAL = "\\`*_{}[]()<>#|~!&";
    private static final Pattern BULLET = Pattern.compile("^([-+=])");
    private static final Pattern ORDERED = Pattern.compile("^(\\d+)\\.");

    private MarkdownText() {
    }

    /** The text on one line, every formatting character escaped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // A value at the start of a line could still begin a list item or a setext heading underline.
        String escaped = BULLET.matcher(out).replaceFirst("\\\\$1");
        return ORDERED.matcher(escaped).replaceFirst("$1\\\\.");
    }
}
