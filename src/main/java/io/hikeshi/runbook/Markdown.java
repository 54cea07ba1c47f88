package io.hikeshi.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block structure of a runbook body: headings, paragraphs, list and task items, code blocks, tables, quotes and
 * rules, with their line numbers. Inline markup stays as written; each chat platform renders it its own way. Task
 * items ({@code - [ ] …}) are numbered in order: that number identifies a checklist item wherever it is shown.
 */
public final class Markdown {

    /** One block of the body; {@code line} is its first line in the file. */
    public sealed interface Block permits Heading, Paragraph, ListItem, Task, Code, Table, Quote, Rule {
        int line();
    }

    public record Heading(int level, String text, int line) implements Block {
    }

    public record Paragraph(String text, int line) implements Block {
    }

    /** A list item; {@code marker} is {@code •} for bullets or the number as written ({@code 3.}). */
    public record ListItem(int depth, String marker, String text, int line) implements Block {
    }

    /** A checklist item, numbered from 0 in the order of the body. */
    public record Task(int index, int depth, String text, int line) implements Block {
    }

    /** A fenced code block; {@code closed} is false when the file ends before its closing fence. */
    public record Code(String text, boolean closed, int line) implements Block {
    }

    /** A table: the header row first; cells as written. */
    public record Table(List<List<String>> rows, int line) implements Block {
    }

    public record Quote(String text, int line) implements Block {
    }

    public record Rule(int line) implements Block {
    }

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)\\s*([^`\\s]*).*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])\\s+(\\[[ xX]]\\s+)?(.*)$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");

    private Markdown() {
    }

    /** Parses a body whose first line is line {@code firstLine} of the file. */
    public static List<Block> parse(String body, int firstLine) {
        return new Reader(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1), firstLine).read();
    }

    /** The checklist items of a body, in order. */
    public static List<Task> tasks(List<Block> blocks) {
        return blocks.stream().filter(Task.class::isInstance).map(Task.class::cast).toList();
    }

    private static final class Reader {
        private final String[] lines;
        private final int firstLine;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Integer> listIndents = new ArrayList<>();
        private int i;
        private int tasks;

        Reader(String[] lines, int firstLine) {
            this.lines = lines;
            this.firstLine = firstLine;
        }

        List<Block> read() {
            while (i < lines.length) {
                String line = lines[i];
                Matcher m;
                if (line.isBlank()) {
                    i++;
                } else if ((m = FENCE.matcher(line)).matches()) {
                    code(m.group(1));
                } else if ((m = HEADING.matcher(line)).matches()) {
                    listIndents.clear();
                    blocks.add(new Heading(m.group(1).length(), m.group(2), lineNo(i++)));
                } else if (RULE.matcher(line).matches()) {
                    listIndents.clear();
                    blocks.add(new Rule(lineNo(i++)));
                } else if ((m = ITEM.matcher(line)).matches()) {
                    item(m);
                } else if (line.contains("|") && i + 1 < lines.length && TABLE_SEPARATOR.matcher(lines[i + 1]).matches()
                        && lines[i + 1].contains("-")) {
                    table();
                } else if (QUOTE.matcher(line).matches()) {
                    quote();
                } else {
                    paragraph();
                }
            }
            return blocks;
        }

        private int lineNo(int index) {
            return firstLine + index;
        }

        private void code(String fence) {
            int start = i++;
            StringBuilder text = new StringBuilder();
            while (i < lines.length) {
                String line = lines[i++];
                if (line.strip().startsWith(fence.substring(0, 3)) && line.strip().replace(fence.substring(0, 1), "")
                        .isEmpty() && line.strip().length() >= fence.length()) {
                    blocks.add(new Code(trimEnd(text), true, lineNo(start)));
                    return;
                }
                text.append(line).append('\n');
            }
            blocks.add(new Code(trimEnd(text), false, lineNo(start)));
        }

        private void item(Matcher m) {
            int start = i++;
            int indent = m.group(1).replace("\t", "    ").length();
            while (!listIndents.isEmpty() && listIndents.get(listIndents.size() - 1) > indent) {
                listIndents.remove(listIndents.size() - 1);
            }
            if (listIndents.isEmpty() || listIndents.get(listIndents.size() - 1) < indent) {
                listIndents.add(indent);
            }
            int depth = listIndents.size() - 1;
            StringBuilder text = new StringBuilder(m.group(4).strip());
            // Lazy continuation: indented lines that start no new block belong to the item.
            while (i < lines.length && !lines[i].isBlank() && continues(lines[i])) {
                text.append(' ').append(lines[i++].strip());
            }
            if (m.group(3) != null) {
                blocks.add(new Task(tasks++, depth, text.toString(), lineNo(start)));
            } else {
                String marker = m.group(2).matches("[-*+]") ? "•" : m.group(2).replace(')', '.');
                blocks.add(new ListItem(depth, marker, text.toString(), lineNo(start)));
            }
        }

        private boolean continues(String line) {
            return !ITEM.matcher(line).matches() && !FENCE.matcher(line).matches()
                    && !HEADING.matcher(line).matches() && !RULE.matcher(line).matches()
                    && !QUOTE.matcher(line).matches() && (Character.isWhitespace(line.charAt(0)) || !line.contains("|"));
        }

        private void table() {
            int start = i;
            List<List<String>> rows = new ArrayList<>();
            rows.add(cells(lines[i]));
            i += 2;
            while (i < lines.length && !lines[i].isBlank() && lines[i].contains("|")) {
                rows.add(cells(lines[i++]));
            }
            listIndents.clear();
            blocks.add(new Table(rows, lineNo(start)));
        }

        private void quote() {
            int start = i;
            List<String> quoted = new ArrayList<>();
            Matcher m;
            while (i < lines.length && (m = QUOTE.matcher(lines[i])).matches()) {
                quoted.add(m.group(1));
                i++;
            }
            listIndents.clear();
            blocks.add(new Quote(String.join("\n", quoted).strip(), lineNo(start)));
        }

        private void paragraph() {
            int start = i;
            StringBuilder text = new StringBuilder(lines[i++].strip());
            while (i < lines.length && !lines[i].isBlank() && !startsBlock(i)) {
                text.append(' ').append(lines[i++].strip());
            }
            listIndents.clear();
            blocks.add(new Paragraph(text.toString(), lineNo(start)));
        }

        private boolean startsBlock(int index) {
            String line = lines[index];
            return FENCE.matcher(line).matches() || HEADING.matcher(line).matches() || RULE.matcher(line).matches()
                    || ITEM.matcher(line).matches() || QUOTE.matcher(line).matches();
        }

        private static List<String> cells(String row) {
            String trimmed = row.strip();
            if (trimmed.startsWith("|")) {
                trimmed = trimmed.substring(1);
            }
            if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : trimmed.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.strip().replace("\\|", "|"));
            }
            return cells;
        }

        private static String trimEnd(StringBuilder text) {
            return text.toString().stripTrailing();
        }
    }
}
