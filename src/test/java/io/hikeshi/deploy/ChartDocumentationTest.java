package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every value is described by the schema, commented in values.yaml and listed in the chart README. A value is a
 * leaf of values.yaml, where the schema stops listing properties (probes, resources, maps are one value each).
 */
@Tag("no-database")
class ChartDocumentationTest {

    @Test
    void everyValueIsInTheSchemaAndEverySchemaPropertyIsAValue() throws IOException {
        JsonNode values = values();
        JsonNode schema = schema();
        List<String> leaves = new ArrayList<>();
        collect(values, schema, "", leaves);

        assertThat(leaves).hasSizeGreaterThan(60);
        List<String> schemaOnly = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> {
            if (!values.has(p.getKey()) && !p.getKey().equals("global")) {
                schemaOnly.add(p.getKey());
            }
        });
        assertThat(schemaOnly).as("schema properties without a default in values.yaml").isEmpty();
    }

    @Test
    void everyValueIsInTheReadmeTable() throws IOException {
        String readme = Files.readString(RenderedChart.CHART.resolve("README.md"));
        List<String> leaves = new ArrayList<>();
        collect(values(), schema(), "", leaves);

        assertThat(leaves).allSatisfy(leaf -> assertThat(readme).as("README row for " + leaf).contains("| `" + leaf + "` |"));
    }

    @Test
    void everyTopLevelValueHasAComment() throws IOException {
        List<String> lines = Files.readAllLines(RenderedChart.CHART.resolve("values.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("^[A-Za-z][A-Za-z0-9]*:.*")) {
                String before = i > 0 ? lines.get(i - 1).trim() : "";
                boolean sectionWithCommentedChildren = line.endsWith(":") && lines.get(i + 1).trim().startsWith("# --");
                assertThat(before.startsWith("#") || sectionWithCommentedChildren)
                        .as("values.yaml line %d, %s, has a comment", i + 1, line).isTrue();
            }
        }
    }

    @Test
    void everyValueHasACommentInValuesYaml() throws IOException {
        List<String> lines = Files.readAllLines(RenderedChart.CHART.resolve("values.yaml"));
        Map<String, Integer> lineOf = keyLines(lines);
        List<String> leaves = new ArrayList<>();
        collect(values(), schema(), "", leaves);

        assertThat(leaves).allSatisfy(leaf -> {
            assertThat(lineOf).as("values.yaml line of %s", leaf).containsKey(leaf);
            int line = lineOf.get(leaf);
            assertThat(line > 0 && lines.get(line - 1).trim().startsWith("#"))
                    .as("values.yaml line %d, %s, has a comment above it", line + 1, leaf).isTrue();
        });
    }

    /** The line of every mapping key in values.yaml, by its dotted path (keys inside lists are left out). */
    private static Map<String, Integer> keyLines(List<String> lines) {
        Map<String, Integer> result = new HashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        Pattern key = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9]*):.*");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = key.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int indent = m.group(1).length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            indents.add(indent);
            path.add(m.group(2));
            result.putIfAbsent(String.join(".", path), i);
        }
        return result;
    }

    /** Descends where the schema closes an object (additionalProperties false) and lists the leaves. */
    private static void collect(JsonNode value, JsonNode schema, String path, List<String> leaves) {
        boolean closed = schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean();
        if (value.isObject() && closed) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode property = schema.path("properties").path(field.getKey());
                assertThat(property.isMissingNode()).as("schema describes %s%s", path, field.getKey()).isFalse();
                collect(field.getValue(), property, path + field.getKey() + ".", leaves);
            }
        } else {
            leaves.add(path.substring(0, path.length() - 1));
        }
    }

    private static JsonNode values() throws IOException {
        return new YAMLMapper().readTree(RenderedChart.CHART.resolve("values.yaml").toFile());
    }

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(RenderedChart.CHART.resolve("values.schema.json").toFile());
    }
}
