package io.hikeshi.alerts;

import static io.hikeshi.alerts.YamlNodes.bool;
import static io.hikeshi.alerts.YamlNodes.line;
import static io.hikeshi.alerts.YamlNodes.mapping;
import static io.hikeshi.alerts.YamlNodes.scalar;
import static io.hikeshi.alerts.YamlNodes.sequence;
import static io.hikeshi.alerts.YamlNodes.strings;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses a routing file ({@code routes:}, a list of rules) into routes, or says on which line it is wrong. */
final class AlertRouteParser {

    private static final Set<String> ROUTE_KEYS = Set.of("name", "match", "declare", "ask", "ignore");
    private static final Set<String> CONDITION_KEYS = Set.of("label", "annotation", "equals", "not-equals", "regex",
            "not-regex", "present");
    private static final Set<String> DECLARE_KEYS = Set.of("severity", "title", "services", "runbooks", "drill",
            "commander", "resolve-with-alerts");
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,20}");
    private static final int MAX_ROUTES = 500;
    static final int MAX_TITLE_TEMPLATE = 500;

    private final Set<String> severities;

    /** @param severities the configured severity names, upper case */
    AlertRouteParser(Set<String> severities) {
        this.severities = severities;
    }

    List<AlertRoute> parse(String file, String text) throws InvalidRoutesException {
        Node root = compose(text);
        if (root == null) {
            return List.of();
        }
        Map<String, Node> top = mapping(root, "the routing file", Set.of("routes"));
        if (!top.containsKey("routes")) {
            return List.of();
        }
        List<Node> items = sequence(top.get("routes"), "`routes`");
        if (items.size() > MAX_ROUTES) {
            throw new InvalidRoutesException(line(top.get("routes")), "at most " + MAX_ROUTES + " routes per file");
        }
        List<AlertRoute> routes = new ArrayList<>();
        for (Node item : items) {
            routes.add(route(file, item));
        }
        return routes;
    }

    private static Node compose(String text) throws InvalidRoutesException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InvalidRoutesException(line, "this is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidRoutesException(0, "this is not valid YAML");
        }
    }

    private AlertRoute route(String file, Node node) throws InvalidRoutesException {
        Map<String, Node> keys = mapping(node, "a route", ROUTE_KEYS);
        if (!keys.containsKey("name")) {
            throw new InvalidRoutesException(line(node), "a route needs a `name`, to say which route took an alert");
        }
        String name = scalar(keys.get("name"), "`name`").strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidRoutesException(line(keys.get("name")), "`name` must be 1 to 100 characters");
        }
        List<Matcher> matchers = new ArrayList<>();
        if (keys.containsKey("match")) {
            for (Node condition : sequence(keys.get("match"), "`match`")) {
                matchers.add(condition(condition));
            }
        }
        List<String> actions = keys.keySet().stream().filter(Set.of("declare", "ask", "ignore")::contains).toList();
        if (actions.size() != 1) {
            throw new InvalidRoutesException(line(node), "route `" + name + "` needs exactly one action:"
                    + " `declare`, `ask` or `ignore`");
        }
        String action = actions.get(0);
        return new AlertRoute(name, file, line(node), List.copyOf(matchers), switch (action) {
            case "declare" -> declare(keys.get("declare"));
            case "ask" -> ask(keys.get("ask"));
            default -> ignore(keys.get("ignore"));
        });
    }

    private static Matcher condition(Node node) throws InvalidRoutesException {
        Map<String, Node> keys = mapping(node, "a condition", CONDITION_KEYS);
        boolean label = keys.containsKey("label");
        if (label == keys.containsKey("annotation")) {
            throw new InvalidRoutesException(line(node), "a condition names either a `label` or an `annotation`");
        }
        String name = scalar(keys.get(label ? "label" : "annotation"), "the name").strip();
        List<String> tests = keys.keySet().stream().filter(key -> !key.equals("label") && !key.equals("annotation"))
                .toList();
        if (tests.size() != 1) {
            throw new InvalidRoutesException(line(node), "a condition has exactly one test: `equals`, `not-equals`,"
                    + " `regex`, `not-regex` or `present`");
        }
        String test = tests.get(0);
        Node valueNode = keys.get(test);
        Matcher.Field field = label ? Matcher.Field.LABEL : Matcher.Field.ANNOTATION;
        return switch (test) {
            case "equals", "not-equals" -> new Matcher(field, name, Matcher.Kind.EQUALS,
                    scalar(valueNode, "`" + test + "`"), null, test.startsWith("not-"));
            case "regex", "not-regex" -> new Matcher(field, name, Matcher.Kind.REGEX, null,
                    regex(valueNode, test), test.startsWith("not-"));
            default -> new Matcher(field, name, Matcher.Kind.PRESENT, null, null, !bool(valueNode, "`present`"));
        };
    }

    private static Pattern regex(Node node, String test) throws InvalidRoutesException {
        String regex = scalar(node, "`" + test + "`");
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidRoutesException(line(node), "`" + test + "` is not a regular expression: "
                    + e.getDescription() + " at position " + e.getIndex());
        }
    }

    private RouteAction declare(Node node) throws InvalidRoutesException {
        Map<String, Node> keys = mapping(node, "`declare`", DECLARE_KEYS);
        String severity = null;
        if (keys.containsKey("severity")) {
            severity = scalar(keys.get("severity"), "`severity`").strip().toUpperCase(Locale.ROOT);
            if (severity.matches("[0-9]+")) {
                severity = "SEV" + severity;
            }
            if (!severities.contains(severity)) {
                throw new InvalidRoutesException(line(keys.get("severity")), "there is no severity `" + severity
                        + "`; choose " + String.join(", ", severities.stream().sorted().toList()));
            }
        }
        String title = keys.containsKey("title") ? scalar(keys.get("title"), "`title`")
                : "{{ labels.alertname }}: {{ annotations.summary }}";
        template(keys.get("title"), title);
        List<String> services = keys.containsKey("services") ? strings(keys.get("services"), "`services`") : List.of();
        for (String service : services) {
            template(keys.get("services"), service);
        }
        List<String> runbooks = keys.containsKey("runbooks") ? strings(keys.get("runbooks"), "`runbooks`") : List.of();
        String commander = keys.containsKey("commander") ? scalar(keys.get("commander"), "`commander`").strip() : null;
        if (commander != null && !USER_ID.matcher(commander).matches()) {
            throw new InvalidRoutesException(line(keys.get("commander")), "`commander` is a Slack user id such as"
                    + " U0123ABCD (profile → ⋮ → Copy member ID)");
        }
        boolean drill = keys.containsKey("drill") && bool(keys.get("drill"), "`drill`");
        boolean resolve = keys.containsKey("resolve-with-alerts")
                && bool(keys.get("resolve-with-alerts"), "`resolve-with-alerts`");
        return new RouteAction(RouteAction.Type.DECLARE, severity, title, List.copyOf(services), List.copyOf(runbooks),
                drill, commander, resolve, null);
    }

    private static void template(Node node, String template) throws InvalidRoutesException {
        String problem = template.length() > MAX_TITLE_TEMPLATE ? "at most " + MAX_TITLE_TEMPLATE + " characters"
                : AlertTemplate.problemWith(template);
        if (problem != null) {
            throw new InvalidRoutesException(node == null ? 0 : line(node), problem);
        }
    }

    private static RouteAction ask(Node node) throws InvalidRoutesException {
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
            return RouteAction.ask(null);
        }
        Map<String, Node> keys = mapping(node, "`ask`", Set.of("channel"));
        String channel = keys.containsKey("channel") ? scalar(keys.get("channel"), "`channel`").strip() : null;
        if (channel != null && !CHANNEL_ID.matcher(channel).matches()) {
            throw new InvalidRoutesException(line(keys.get("channel")), "`channel` is a channel id such as C0123ABCD"
                    + " (channel details → About); invite hikeshi to a private one");
        }
        return RouteAction.ask(channel);
    }

    private static RouteAction ignore(Node node) throws InvalidRoutesException {
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar && !scalar.getValue().isEmpty()
                && !bool(node, "`ignore`")) {
            throw new InvalidRoutesException(line(node), "`ignore: false` does nothing; remove the route instead");
        }
        return RouteAction.ignore();
    }
}
