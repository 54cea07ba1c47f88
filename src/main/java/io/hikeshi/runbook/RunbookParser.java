package io.hikeshi.runbook;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Reads one runbook file: YAML front matter between {@code ---} lines, then Markdown. Strict about the front
 * matter, so that a typo ({@code keyword:}) is an error with its line instead of a runbook that silently never
 * matches.
 */
final class RunbookParser {

    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_ITEM = 1000;
    private static final Set<String> KEYS = Set.of("title", "description", "match");
    private static final Set<String> MATCH_KEYS = Set.of("services", "keywords", "severities");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /** A runbook and what is odd about it but does not stop it from being used. */
    record Parsed(Runbook runbook, List<RunbookProblem> warnings) {
    }

    private RunbookParser() {
    }

    /** Parses {@code content} of {@code file}, a path relative to the runbooks directory ending in {@code .md}. */
    static Parsed parse(String file, String content) throws InvalidRunbookException {
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        String name = fileName.substring(0, fileName.length() - ".md".length());
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRunbookException(0, "`" + fileName + "` cannot name a runbook: use letters, digits,"
                    + " dashes and underscores, e.g. `db-failover.md`");
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new InvalidRunbookException(0, "the file is empty; a runbook starts with front matter"
                    + " (`---`, `title: …`, `---`) followed by Markdown");
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw new InvalidRunbookException(1, "no front matter: the first line must be `---`, followed by"
                    + " `title: …` and another `---`");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---") && !lines[end].strip().equals("...")) {
            end++;
        }
        if (end == lines.length) {
            throw new InvalidRunbookException(1, "the front matter that starts on line 1 is never closed with `---`");
        }
        MappingNode front = frontMatter(String.join("\n", java.util.Arrays.asList(lines).subList(1, end)));
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(end + 1, lines.length)).strip();
        int bodyLine = end + 2;
        while (bodyLine - 1 < lines.length && lines[bodyLine - 1].isBlank()) {
            bodyLine++;
        }
        return build(file, name, front, body, bodyLine, end + 1);
    }

    private static Parsed build(String file, String name, MappingNode front, String body, int bodyLine,
                                int closingLine) throws InvalidRunbookException {
        String title = null;
        String description = null;
        Runbook.Match match = Runbook.Match.NOTHING;
        for (NodeTuple entry : entries(front, KEYS, "")) {
            String key = ((ScalarNode) entry.getKeyNode()).getValue();
            Node value = entry.getValueNode();
            switch (key) {
                case "title" -> title = text(value, "title", MAX_TITLE);
                case "description" -> description = text(value, "description", MAX_DESCRIPTION);
                default -> match = match(value);
            }
        }
        if (title == null || title.isBlank()) {
            throw new InvalidRunbookException(2, "the front matter has no `title:`; every runbook needs one");
        }
        if (body.isEmpty()) {
            throw new InvalidRunbookException(closingLine, "the runbook has nothing after its front matter");
        }
        List<Markdown.Block> blocks = Markdown.parse(body, bodyLine);
        List<RunbookProblem> warnings = new ArrayList<>();
        for (Markdown.Block block : blocks) {
            if (block instanceof Markdown.Task task && task.text().isBlank()) {
                // Slack refuses an empty checkbox section, and with it the whole message.
                throw new InvalidRunbookException(task.line(), "the checklist item is empty; write what to do after"
                        + " `- [ ]`, or remove the line");
            }
            if (block instanceof Markdown.Task task && task.text().length() > MAX_ITEM) {
                throw new InvalidRunbookException(task.line(), "the checklist item is " + task.text().length()
                        + " characters long; keep items under " + MAX_ITEM + " and put details in the text around it");
            }
            if (block instanceof Markdown.Code code && !code.closed()) {
                warnings.add(RunbookProblem.warning(file, code.line(), "this code block is never closed, so it"
                        + " runs to the end of the file"));
            }
        }
        return new Parsed(new Runbook(name, file, title.strip(), description == null ? null : description.strip(),
                match, body, bodyLine, Markdown.tasks(blocks)), warnings);
    }

    private static MappingNode frontMatter(String yamlText) throws InvalidRunbookException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 2;
            throw new InvalidRunbookException(line, "the front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidRunbookException(2, "the front matter is not valid YAML: " + e.getMessage());
        }
        if (node == null) {
            throw new InvalidRunbookException(2, "the front matter is empty; it needs at least `title: …`");
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new InvalidRunbookException(line(node), "the front matter must be `key: value` lines"
                    + " (title, description, match)");
        }
        return mapping;
    }

    private static List<NodeTuple> entries(MappingNode mapping, Set<String> allowed, String prefix)
            throws InvalidRunbookException {
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new InvalidRunbookException(line(entry.getKeyNode()), "keys must be plain words");
            }
            String key = keyNode.getValue();
            if (!allowed.contains(key)) {
                throw new InvalidRunbookException(line(keyNode), "unknown key `" + prefix + key + "`; known keys are "
                        + String.join(", ", allowed.stream().sorted().map(k -> prefix + k).toList()));
            }
            if (!seen.add(key)) {
                throw new InvalidRunbookException(line(keyNode), "`" + prefix + key + "` is given twice");
            }
        }
        return mapping.getValue();
    }

    private static Runbook.Match match(Node node) throws InvalidRunbookException {
        if (isNull(node)) {
            return Runbook.Match.NOTHING;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new InvalidRunbookException(line(node), "`match` must contain `services:`, `keywords:` and/or"
                    + " `severities:`, each a list");
        }
        List<String> services = List.of();
        List<String> keywords = List.of();
        List<String> severities = List.of();
        for (NodeTuple entry : entries(mapping, MATCH_KEYS, "match.")) {
            String key = ((ScalarNode) entry.getKeyNode()).getValue();
            List<String> values = words(entry.getValueNode(), "match." + key);
            switch (key) {
                case "services" -> services = values;
                case "keywords" -> keywords = values;
                default -> severities = values;
            }
        }
        return new Runbook.Match(services, keywords, severities);
    }

    /** A list of words; a single word is fine too. */
    private static List<String> words(Node node, String key) throws InvalidRunbookException {
        if (isNull(node)) {
            return List.of();
        }
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<String> words = new ArrayList<>();
        for (Node item : items) {
            String word = text(item, key, 100);
            if (word != null && !word.isBlank()) {
                words.add(word.strip());
            }
        }
        return List.copyOf(words);
    }

    private static String text(Node node, String key, int max) throws InvalidRunbookException {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new InvalidRunbookException(line(node), "`" + key + "` must be text, not a "
                    + (node instanceof SequenceNode ? "list" : "mapping"));
        }
        String value = scalar.getValue();
        if (value.length() > max) {
            throw new InvalidRunbookException(line(node), "`" + key + "` is " + value.length()
                    + " characters long; keep it to " + max);
        }
        return value;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** Line in the file: the front matter starts on line 2. */
    private static int line(Node node) {
        return node.getStartMark() == null ? 2 : node.getStartMark().getLine() + 2;
    }
}
