package io.hikeshi.library;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a past postmortem: optional YAML front matter ({@code title}, {@code date}, {@code severity},
 * {@code services}, {@code labels}; other keys are ignored, since teams' files carry their own), then any Markdown.
 * Without a {@code title} the first heading is the title, and without one the file name.
 */
final class HistoryParser {

    static final int MAX_TITLE = 300;
    static final int MAX_WORD = 100;
    static final int MAX_WORDS = 30;
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private HistoryParser() {
    }

    static HistoryEntry parse(String source, String content) throws InvalidHistoryException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new InvalidHistoryException(0, "the file is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidHistoryException(0, "the file holds binary data, not Markdown text");
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        MappingNode front = null;
        int bodyStart = 0;
        if (lines[0].strip().equals("---")) {
            int end = 1;
            while (end < lines.length && !lines[end].strip().equals("---") && !lines[end].strip().equals("...")) {
                end++;
            }
            if (end == lines.length) {
                throw new InvalidHistoryException(1, "the front matter that starts on line 1 is never closed with `---`");
            }
            front = frontMatter(String.join("\n", Arrays.asList(lines).subList(1, end)));
            bodyStart = end + 1;
        }
        String body = String.join("\n", Arrays.asList(lines).subList(bodyStart, lines.length)).strip();
        String title = null;
        LocalDate date = null;
        String severity = null;
        List<String> services = List.of();
        List<String> labels = List.of();
        for (NodeTuple entry : front == null ? List.<NodeTuple>of() : front.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node value = entry.getValueNode();
            switch (key.getValue()) {
                case "title" -> title = scalar(value, "title", MAX_TITLE);
                case "date" -> date = date(value);
                case "severity" -> severity = scalar(value, "severity", 40);
                case "services" -> services = words(value, "services");
                case "labels" -> labels = words(value, "labels");
                default -> { }
            }
        }
        if (title == null || title.isBlank()) {
            title = firstHeading(body, source);
        }
        if (body.isEmpty()) {
            throw new InvalidHistoryException(bodyStart, "the postmortem has no text after its front matter");
        }
        return new HistoryEntry(source, title.strip(), date, severity == null ? null : severity.strip(), services,
                labels, body);
    }

    private static String firstHeading(String body, String source) {
        for (String line : body.split("\n")) {
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                String found = heading.group(1).strip();
                return found.length() > MAX_TITLE ? found.substring(0, MAX_TITLE) : found;
            }
        }
        String name = source.substring(source.lastIndexOf('/') + 1);
        return name.toLowerCase().endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static MappingNode frontMatter(String yaml) throws InvalidHistoryException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(64 * 1024);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 2;
            throw new InvalidHistoryException(line, "the front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidHistoryException(2, "the front matter is not valid YAML");
        }
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new InvalidHistoryException(2, "the front matter must be `key: value` lines"
                    + " (title, date, severity, services, labels)");
        }
        return mapping;
    }

    private static LocalDate date(Node node) throws InvalidHistoryException {
        String value = scalar(node, "date", 40);
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = DATE.matcher(value.strip());
        try {
            if (matcher.find()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            // reported below
        }
        throw new InvalidHistoryException(line(node), "`date` must be a day such as 2024-03-01, not \"" + value
                .strip() + "\"");
    }

    /** A list, or one comma-separated line. */
    private static List<String> words(Node node, String key) throws InvalidHistoryException {
        if (isNull(node)) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        for (Node item : items) {
            String value = scalar(item, key, MAX_WORD * MAX_WORDS);
            for (String word : value == null ? new String[0] : value.split(",")) {
                String stripped = word.strip();
                if (!stripped.isEmpty()) {
                    if (stripped.length() > MAX_WORD) {
                        throw new InvalidHistoryException(line(item), "`" + key + "` has a value of "
                                + stripped.length() + " characters; keep each to " + MAX_WORD);
                    }
                    words.add(stripped);
                }
            }
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidHistoryException(line(node), "`" + key + "` has " + words.size() + " values; at most "
                    + MAX_WORDS);
        }
        return words.stream().distinct().toList();
    }

    private static String scalar(Node node, String key, int max) throws InvalidHistoryException {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new InvalidHistoryException(line(node), "`" + key + "` must be text, not a "
                    + (node instanceof SequenceNode ? "list" : "mapping"));
        }
        if (scalar.getValue().length() > max) {
            throw new InvalidHistoryException(line(node), "`" + key + "` is " + scalar.getValue().length()
                    + " characters long; keep it to " + max);
        }
        return scalar.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 2 : node.getStartMark().getLine() + 2;
    }
}
