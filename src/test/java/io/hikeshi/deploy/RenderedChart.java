package io.hikeshi.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The hikeshi chart rendered by real Helm (helm-java) with a values file, parsed into manifests. */
final class RenderedChart {

    static final Path CHART = Path.of("helm", "hikeshi");
    static final String RELEASE = "hikeshi";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<JsonNode> manifests;

    private RenderedChart(List<JsonNode> manifests) {
        this.manifests = manifests;
    }

    /** Renders with the chart's defaults plus the given values (YAML text, as in a values file). */
    static RenderedChart render(String valuesYaml) {
        return parse(template(valuesYaml));
    }

    /** `helm template` output, or the exception Helm's failure (schema, `fail`) is reported with. */
    static String template(String valuesYaml) {
        try {
            Path values = Files.createTempFile("hikeshi-values", ".yaml");
            try {
                Files.writeString(values, valuesYaml);
                return new Helm(CHART).template().withName(RELEASE).withNamespace("incidents")
                        .withKubeVersion("1.30.0").withValuesFile(values).call();
            } finally {
                Files.deleteIfExists(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedChart parse(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.has("kind")) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedChart(docs);
    }

    List<JsonNode> all() {
        return manifests;
    }

    List<JsonNode> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(m -> name.equals(m.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + names()));
    }

    JsonNode deployment() {
        List<JsonNode> deployments = ofKind("Deployment");
        if (deployments.size() != 1) {
            throw new AssertionError("expected one Deployment, got " + names());
        }
        return deployments.get(0);
    }

    JsonNode podSpec() {
        return deployment().path("spec").path("template").path("spec");
    }

    JsonNode container() {
        return podSpec().path("containers").get(0);
    }

    /** The container's env entry of that name. */
    Optional<JsonNode> env(String name) {
        return StreamSupport.stream(container().path("env").spliterator(), false)
                .filter(e -> name.equals(e.path("name").asText())).findFirst();
    }

    /** The plain value of an env entry; fails if it is absent or comes from elsewhere. */
    String envValue(String name) {
        JsonNode e = env(name).orElseThrow(() -> new AssertionError("no env " + name));
        if (!e.has("value")) {
            throw new AssertionError(name + " is not a plain value: " + e);
        }
        return e.get("value").asText();
    }

    /** "secret-name/key" of an env entry taken from a Secret. */
    String envSecretRef(String name) {
        JsonNode ref = env(name).orElseThrow(() -> new AssertionError("no env " + name))
                .path("valueFrom").path("secretKeyRef");
        if (ref.isMissingNode()) {
            throw new AssertionError(name + " does not come from a Secret");
        }
        return ref.path("name").asText() + "/" + ref.path("key").asText();
    }

    /** The pod volume a container mount path is backed by. */
    JsonNode volumeAt(String mountPath) {
        String volume = StreamSupport.stream(container().path("volumeMounts").spliterator(), false)
                .filter(m -> mountPath.equals(m.path("mountPath").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + mountPath)).path("name").asText();
        return StreamSupport.stream(podSpec().path("volumes").spliterator(), false)
                .filter(v -> volume.equals(v.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + volume));
    }

    List<String> mountPaths() {
        return StreamSupport.stream(container().path("volumeMounts").spliterator(), false)
                .map(m -> m.path("mountPath").asText()).toList();
    }

    List<String> names() {
        return manifests.stream().map(m -> m.path("kind").asText() + "/" + m.path("metadata").path("name").asText())
                .toList();
    }
}
