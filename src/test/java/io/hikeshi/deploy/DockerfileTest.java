package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker here to build the image, so this checks the Dockerfile's invariants by reading it: the
 * runtime stage is a JRE running as a numeric non-root user with a health check, and agrees with the chart.
 */
@Tag("no-database")
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("Dockerfile");

    /** One instruction: keyword and arguments, continuation lines joined. */
    record Instruction(String keyword, String args) {}

    @Test
    void buildStageBuildsTheChosenDatabaseKindWithTheWrapper() throws IOException {
        List<List<Instruction>> stages = stages();
        assertThat(stages).hasSize(2);
        List<Instruction> build = stages.get(0);
        assertThat(resolve(build.get(0).args())).startsWith("eclipse-temurin:17-jdk").endsWith(" AS build");
        assertThat(args(build, "ARG")).contains("DB_KIND=h2");
        assertThat(args(build, "RUN")).anyMatch(r -> r.contains("./mvnw") && r.contains("package")
                && r.contains("-Dquarkus.datasource.db-kind=\"${DB_KIND}\""));
        assertThat(args(build, "RUN")).anyMatch(r -> r.contains("h2|postgresql)"));
    }

    @Test
    void runtimeStageIsAJreWithoutBuildToolsRunningAsANumericNonRootUser() throws IOException {
        List<Instruction> runtime = stages().get(1);
        String base = resolve(runtime.get(0).args());
        assertThat(base).isEqualTo("eclipse-temurin:17-jre");

        List<String> users = args(runtime, "USER");
        assertThat(users).hasSize(1);
        assertThat(users.get(0)).matches("[0-9]+(:[0-9]+)?");
        assertThat(Integer.parseInt(users.get(0).split(":")[0])).isPositive();

        for (Instruction i : runtime) {
            assertThat(i.args()).as(i.keyword() + " in the runtime stage").doesNotContain("mvnw", "mvn ", "apt-get", "javac");
        }
        assertThat(args(runtime, "COPY")).allMatch(c -> c.startsWith("--from=build "));
        assertThat(args(runtime, "COPY")).anyMatch(c -> c.contains("/src/target/quarkus-app/lib/"))
                .anyMatch(c -> c.contains("/src/target/quarkus-app/quarkus-run.jar"))
                .anyMatch(c -> c.contains("/src/target/quarkus-app/app/"))
                .anyMatch(c -> c.contains("/src/target/quarkus-app/quarkus/"))
                .anyMatch(c -> c.contains("/src/templates/ /deployments/templates/"));
        // The chart's javaOpts reach the JVM through JAVA_OPTS (ChartEnvironmentTest leaves it to this check).
        assertThat(args(runtime, "ENTRYPOINT")).singleElement().asString()
                .contains("exec java ${JAVA_OPTS} -jar /deployments/quarkus-run.jar");
    }

    @Test
    void healthCheckAsksLivenessAndThePortIsExposed() throws IOException {
        List<Instruction> runtime = stages().get(1);
        assertThat(args(runtime, "HEALTHCHECK")).singleElement().asString()
                .contains("CMD", "/q/health/live", "' 200 '").doesNotContain("curl");
        assertThat(args(runtime, "EXPOSE")).containsExactly("8080");
    }

    @Test
    void imageDefaultsAgreeWithTheChart() throws IOException {
        JsonNode values = new YAMLMapper().readTree(RenderedChart.CHART.resolve("values.yaml").toFile());
        Map<String, String> env = env(stages().get(1));

        assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo("8080");
        assertThat(env.get("HIKESHI_DATA_DIR")).isEqualTo(values.path("database").path("h2").path("dataDir").asText());
        assertThat(env.get("HIKESHI_TEMPLATES_DIR")).isEqualTo(values.path("templates").path("mountPath").asText());
        assertThat(env.get("JAVA_OPTS")).isEqualTo(values.path("javaOpts").asText());
        assertThat(users(stages().get(1))).isEqualTo(values.path("podSecurityContext").path("runAsUser").asText());
        assertThat(String.join("\n", args(stages().get(1), "VOLUME"))).contains("/data");
    }

    @Test
    void buildContextLeavesOutBuildOutputAndLocalData() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ignored).contains("target/", "data/", ".git").doesNotContain("templates", "templates/", "src/");
    }

    private static String users(List<Instruction> stage) {
        return args(stage, "USER").get(0).split(":")[0];
    }

    private static List<String> args(List<Instruction> stage, String keyword) {
        return stage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
    }

    /** ENV key=value pairs, values possibly double-quoted. */
    private static Map<String, String> env(List<Instruction> stage) {
        Map<String, String> env = new HashMap<>();
        Matcher m = Pattern.compile("([A-Z_]+)=(\"[^\"]*\"|\\S+)").matcher(String.join(" ", args(stage, "ENV")));
        while (m.find()) {
            env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
        }
        return env;
    }

    /** Replaces ${NAME} with the default of the global ARG NAME=... */
    private static String resolve(String text) throws IOException {
        Map<String, String> globals = new HashMap<>();
        for (Instruction i : instructions()) {
            if (i.keyword().equals("FROM")) {
                break;
            }
            if (i.keyword().equals("ARG") && i.args().contains("=")) {
                globals.put(i.args().substring(0, i.args().indexOf('=')), i.args().substring(i.args().indexOf('=') + 1));
            }
        }
        String resolved = text;
        for (Map.Entry<String, String> g : globals.entrySet()) {
            resolved = resolved.replace("${" + g.getKey() + "}", g.getValue());
        }
        return resolved;
    }

    private static List<List<Instruction>> stages() throws IOException {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction i : instructions()) {
            if (i.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).add(i);
            }
        }
        return stages;
    }

    private static List<Instruction> instructions() throws IOException {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                String text = current.toString().trim();
                int space = text.indexOf(' ');
                result.add(new Instruction(text.substring(0, space).toUpperCase(), text.substring(space + 1).trim()));
                current.setLength(0);
            }
        }
        return result;
    }
}
