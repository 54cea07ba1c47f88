package io.hikeshi.slack;

import io.hikeshi.runbook.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns runbook Markdown into Slack mrkdwn pieces. Headings become bold lines, lists keep their markers and
 * nesting, code blocks stay fenced, tables become an aligned monospace block (or one line per row when too wide
 * for a phone), links become Slack links. Everything else is escaped, so a runbook cannot mention or ping anyone.
 */
final class RunbookMrkdwn {

    /** One rendered piece; the layout never splits a piece unless it alone is longer than a section holds. */
    sealed interface Piece permits Text, Item, Divider {
    }

    /**
     * Mrkdwn text.
     *
     * @param code      a fenced code block, split (if ever) into fenced blocks
     * @param opens     starts a new section (headings), so it stays with what follows
     * @param tight     follows the previous piece after one line break instead of a blank line (list items)
     */
    record Text(String mrkdwn, boolean code, boolean opens, boolean tight) implements Piece {
    }

    /** A checklist item, shown with its checkbox. */
    record Item(int index, int depth, String mrkdwn) implements Piece {
    }

    record Divider() implements Piece {
    }

    static final int TABLE_WIDTH = 72;
    private static final String INDENT = "\u2003\u2003";
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>])");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

    private RunbookMrkdwn() {
    }

    static List<Piece> render(List<Markdown.Block> blocks) {
        List<Piece> pieces = new ArrayList<>();
        Markdown.Block previous = null;
        for (Markdown.Block block : blocks) {
            boolean inList = previous instanceof Markdown.ListItem || previous instanceof Markdown.Task;
            pieces.add(piece(block, inList));
            previous = block;
        }
        return pieces;
    }

    private static Piece piece(Markdown.Block block, boolean inList) {
        if (block instanceof Markdown.Heading h) {
            return new Text("*" + inline(h.text()).replace("*", "") + "*", false, true, false);
        } else if (block instanceof Markdown.Paragraph p) {
            return new Text(inline(p.text()), false, false, false);
        } else if (block instanceof Markdown.ListItem item) {
            return new Text(indent(item.depth()) + item.marker() + " " + inline(item.text()), false, false, inList);
        } else if (block instanceof Markdown.Task task) {
            return new Item(task.index(), task.depth(), inline(task.text()));
        } else if (block instanceof Markdown.Code code) {
            return new Text(fence(Mrkdwn.escapeControl(code.text())), true, false, false);
        } else if (block instanceof Markdown.Table table) {
            return table(table.rows());
        } else if (block instanceof Markdown.Quote quote) {
            return new Text(quote(quote.text()), false, false, false);
        }
        return new Divider();
    }

    /** The indentation of a nested item. */
    static String indent(int depth) {
        return INDENT.repeat(depth);
    }

    static String fence(String code) {
        return "```\n" + code + "\n```";
    }

    /** Inline Markdown to mrkdwn: code spans, links, bold, italic, strikethrough; the rest escaped. */
    static String inline(String markdown) {
        List<String> kept = new ArrayList<>();
        String text = replace(ESCAPED, markdown, m -> keep(kept, Mrkdwn.escape(m.group(1))));
        text = replace(CODE_SPAN, text, m -> keep(kept, "`" + Mrkdwn.escapeControl(m.group(2).strip()) + "`"));
        text = replace(LINK, text, m -> keep(kept, link(m.group(2), m.group(1))));
        text = replace(AUTOLINK, text, m -> keep(kept, "<" + m.group(1) + ">"));
        text = Mrkdwn.escapeControl(text);
        text = replace(BOLD, text, m -> keep(kept, "*" + m.group(2) + "*"));
        text = replace(STRIKE, text, m -> "~" + m.group(1) + "~");
        text = replace(ITALIC, text, m -> "_" + m.group(2) + "_");
        // Kept pieces may hold other kept pieces (bold around a link): restore until none is left.
        for (int round = 0; round < 5 && text.indexOf('\uE000') >= 0; round++) {
            text = replace(PLACEHOLDER, text, m -> kept.get(Integer.parseInt(m.group(1))));
        }
        return text;
    }

    /** Inline Markdown as plain text, for monospace tables: markers dropped, links as "text (url)"; not escaped. */
    static String plain(String markdown) {
        Matcher links = LINK.matcher(markdown);
        String text = links.replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals(m.group(2)) ? m.group(2)
                : m.group(1) + " (" + m.group(2) + ")"));
        return text.replace("**", "").replace("__", "").replace("`", "").replaceAll("\\\\(.)", "$1");
    }

    private static String link(String url, String label) {
        String safeUrl = url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C");
        if (!safeUrl.matches("(?i)(https?|mailto):.+")) {
            return Mrkdwn.escape(label.isBlank() ? url : label);
        }
        String text = label.isBlank() ? safeUrl : Mrkdwn.escape(label).replace("|", "¦");
        return "<" + safeUrl + "|" + text + ">";
    }

    private static Text table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        List<List<String>> cells = rows.stream().map(row -> row.stream().map(RunbookMrkdwn::plain).toList()).toList();
        cells.forEach(row -> {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        int width = java.util.Arrays.stream(widths).sum() + 3 * Math.max(0, columns - 1);
        if (width <= TABLE_WIDTH) {
            List<String> lines = new ArrayList<>();
            for (int r = 0; r < cells.size(); r++) {
                lines.add(line(cells.get(r), widths).stripTrailing());
                if (r == 0) {
                    lines.add("-".repeat(width));
                }
            }
            return new Text(fence(Mrkdwn.escapeControl(String.join("\n", lines))), true, false, false);
        }
        // Too wide to align: one bullet per row, each value labelled with its column.
        List<String> header = rows.get(0);
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String label = c < header.size() && !header.get(c).isBlank()
                        ? "*" + Mrkdwn.escape(plain(header.get(c))) + ":* " : "";
                parts.add(label + inline(row.get(c)));
            }
            lines.add("• " + String.join(" · ", parts));
        }
        return new Text(String.join("\n", lines), false, false, false);
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < row.size() ? row.get(c) : "";
            line.append(c == 0 ? "" : " | ").append(cell).append(" ".repeat(widths[c] - cell.length()));
        }
        return line.toString();
    }

    private static String quote(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(">" + (line.isBlank() ? "" : " " + inline(line)));
        }
        return String.join("\n", lines);
    }

    private static String keep(List<String> kept, String mrkdwn) {
        kept.add(mrkdwn);
        return "\uE000" + (kept.size() - 1) + "\uE001";
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
