package io.hikeshi.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays rendered runbook pieces out in Slack's limits: at most {@value #SECTION} characters a section, {@value #BLOCKS}
 * body blocks a message (50 with the heading and context), and {@value #MESSAGE} characters a message. Pieces are
 * joined into sections and sections into messages without ever splitting a piece; only a piece longer than a whole
 * section is cut, a code block into several fenced code blocks, anything else at a line break or space.
 */
final class RunbookLayout {

    static final int SECTION = 3000;
    static final int BLOCKS = 47;
    static final int MESSAGE = 12_000;

    private RunbookLayout() {
    }

    /** The pieces of each message, in order; every {@link RunbookMrkdwn.Text} is one section. */
    static List<List<RunbookMrkdwn.Piece>> messages(List<RunbookMrkdwn.Piece> pieces) {
        List<List<RunbookMrkdwn.Piece>> messages = new ArrayList<>();
        List<RunbookMrkdwn.Piece> current = new ArrayList<>();
        int chars = 0;
        for (RunbookMrkdwn.Piece section : sections(pieces)) {
            int length = length(section);
            if (!current.isEmpty() && (current.size() == BLOCKS || chars + length > MESSAGE)) {
                messages.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(section);
            chars += length;
        }
        if (!current.isEmpty()) {
            messages.add(current);
        }
        return messages;
    }

    /** Joins text pieces into sections of at most {@value #SECTION} characters. */
    static List<RunbookMrkdwn.Piece> sections(List<RunbookMrkdwn.Piece> pieces) {
        List<RunbookMrkdwn.Piece> sections = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (RunbookMrkdwn.Piece piece : pieces) {
            if (!(piece instanceof RunbookMrkdwn.Text t)) {
                flush(text, sections);
                sections.add(piece);
                continue;
            }
            for (String part : cut(t)) {
                String separator = text.isEmpty() ? "" : t.tight() ? "\n" : "\n\n";
                if (!text.isEmpty() && (t.opens() || text.length() + separator.length() + part.length() > SECTION)) {
                    flush(text, sections);
                    separator = "";
                }
                text.append(separator).append(part);
            }
        }
        flush(text, sections);
        return sections;
    }

    /** A piece as parts that each fit a section: itself, unless it is longer. */
    static List<String> cut(RunbookMrkdwn.Text text) {
        if (text.mrkdwn().length() <= SECTION) {
            return List.of(text.mrkdwn());
        }
        if (text.code()) {
            String code = text.mrkdwn().substring(4, text.mrkdwn().length() - 4);
            return cutLines(code, SECTION - 8).stream().map(RunbookMrkdwn::fence).toList();
        }
        return cutLines(text.mrkdwn(), SECTION);
    }

    /** Cuts at line breaks, or at spaces outside Slack links, or anywhere when a line has none. */
    private static List<String> cutLines(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut <= 0) {
                cut = spaceOutsideLinks(rest, max);
            }
            if (cut <= 0) {
                cut = max;
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).replaceFirst("^[\\n ]", "");
        }
        parts.add(rest);
        return parts;
    }

    private static int spaceOutsideLinks(String text, int max) {
        int best = -1;
        int open = 0;
        for (int i = 0; i < max; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                open++;
            } else if (c == '>' && open > 0) {
                open--;
            } else if (c == ' ' && open == 0) {
                best = i;
            }
        }
        return best;
    }

    private static void flush(StringBuilder text, List<RunbookMrkdwn.Piece> sections) {
        if (!text.isEmpty()) {
            sections.add(new RunbookMrkdwn.Text(text.toString(), false, false, false));
            text.setLength(0);
        }
    }

    private static int length(RunbookMrkdwn.Piece piece) {
        if (piece instanceof RunbookMrkdwn.Text text) {
            return text.mrkdwn().length();
        }
        // An item's section also shows who ticked it.
        return piece instanceof RunbookMrkdwn.Item item ? item.mrkdwn().length() + 120 : 0;
    }
}
