package io.hikeshi.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the root cause and resolution of a postmortem in any Markdown: the lines under a heading that names them
 * (English or Japanese, any level), or a {@code Root cause: …} line.
 */
final class PostmortemSections {

    /** The two parts people want from a past incident. */
    record Found(List<String> rootCause, List<String> resolution) {
    }

    static final int MAX_LINES = 3;
    static final int MAX_LINE = 300;

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ROOT_CAUSE = Pattern.compile(
            "root[ -]?cause|^causes?\\b|contributing factors|what happened and why|why it happened|^why\\b|根本原因|原因|なぜ起きた");
    private static final Pattern RESOLUTION = Pattern.compile(
            "resolution|^resolved|^fix|remediation|mitigation|^response|how (it was|we) (fixed|resolved)|復旧|対応|解決|対処");
    private static final Pattern INLINE = Pattern.compile(
            "^\\W*(root cause|cause|resolution|fix|原因|根本原因|対応|復旧)\\W*\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private PostmortemSections() {
    }

    static Found of(String markdown) {
        List<String> rootCause = new ArrayList<>();
        List<String> resolution = new ArrayList<>();
        List<String> current = null;
        int level = 0;
        for (String raw : markdown.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String name = heading.group(2).toLowerCase(Locale.ROOT);
                if (current != null && heading.group(1).length() > level) {
                    continue;
                }
                level = heading.group(1).length();
                current = ROOT_CAUSE.matcher(name).find() && rootCause.isEmpty() ? rootCause
                        : RESOLUTION.matcher(name).find() && resolution.isEmpty() ? resolution : null;
                continue;
            }
            Matcher inline = INLINE.matcher(line);
            if (current == null && inline.matches()) {
                String label = inline.group(1).toLowerCase(Locale.ROOT);
                List<String> into = label.contains("cause") || label.contains("原因") ? rootCause : resolution;
                add(into, inline.group(2));
                continue;
            }
            if (current != null) {
                add(current, line);
            }
        }
        return new Found(List.copyOf(rootCause), List.copyOf(resolution));
    }

    private static void add(List<String> into, String line) {
        String text = line.replaceFirst("^([-*+]|\\d+[.)])\\s+", "").replaceFirst("^\\[[ xX]]\\s+", "").strip();
        if (text.isEmpty() || into.size() >= MAX_LINES || text.startsWith("{") || text.startsWith("<!--")) {
            return;
        }
        into.add(text.length() > MAX_LINE ? text.substring(0, MAX_LINE - 1) + "…" : text);
    }
}
