package io.hikeshi.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads composed YAML nodes with the line of every problem, so a bad routing file says where it is wrong. */
final class YamlNodes {

    private YamlNodes() {
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The entries of a mapping by key, refusing keys not in {@code allowed} (a typo would silently do nothing). */
    static Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws InvalidRoutesException {
        if (!(node instanceof MappingNode mapping)) {
            throw new InvalidRoutesException(line(node), what + " must be a mapping of keys to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key of " + what);
            if (!allowed.contains(key)) {
                throw new InvalidRoutesException(line(tuple.getKeyNode()), "`" + key + "` is not a key of " + what
                        + "; use " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw new InvalidRoutesException(line(tuple.getKeyNode()), "`" + key + "` appears twice in " + what);
            }
        }
        return entries;
    }

    static String scalar(Node node, String what) throws InvalidRoutesException {
        if (!(node instanceof ScalarNode scalar)) {
            throw new InvalidRoutesException(line(node), what + " must be a single value");
        }
        return scalar.getValue();
    }

    static List<Node> sequence(Node node, String what) throws InvalidRoutesException {
        if (!(node instanceof SequenceNode sequence)) {
            throw new InvalidRoutesException(line(node), what + " must be a list (lines starting with `- `)");
        }
        return sequence.getValue();
    }

    static List<String> strings(Node node, String what) throws InvalidRoutesException {
        if (node instanceof ScalarNode) {
            return List.of(scalar(node, what));
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            values.add(scalar(item, "each of " + what));
        }
        return values;
    }

    static boolean bool(Node node, String what) throws InvalidRoutesException {
        String value = scalar(node, what);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new InvalidRoutesException(line(node), what + " must be true or false, not `" + value + "`");
    }
}
