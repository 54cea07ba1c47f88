package io.hikeshi.postmortem;

import io.hikeshi.templates.TemplatesConfig;
import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The postmortem templates: Qute files in {@code <templates dir>/postmortem/}, parsed when first used and again
 * whenever a file changes, so edits in Git or a ConfigMap apply without a restart. The templates shipped with
 * hikeshi stand in for files that are not there. Values written out are escaped for Markdown.
 */
@ApplicationScoped
class PostmortemTemplates {

    static final String BUNDLED_DEFAULT = "default";
    private static final Logger LOG = Logger.getLogger(PostmortemTemplates.class);
    private static final String BUNDLED = "bundled-templates/postmortem/";

    /** A template ready to render, or the problem that keeps it from being used. */
    record Lookup(String name, String file, Template template, TemplateProblem problem) {
        boolean usable() {
            return template != null;
        }
    }

    private record Parsed(long modified, long size, Lookup lookup) {
    }

    private final Engine engine;
    private final Path dir;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, Lookup> bundled = new ConcurrentHashMap<>();

    @Inject
    PostmortemTemplates(TemplatesConfig templates) {
        this(templates.dir());
    }

    /** Reads templates from {@code <templatesDir>/postmortem/}. */
    PostmortemTemplates(Path templatesDir) {
        this.dir = templatesDir.resolve("postmortem");
        this.engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new MarkdownEscape()).strictRendering(true).build();
    }

    /** Whether a template of this name exists, as a file or shipped with hikeshi. */
    boolean exists(String name) {
        return Files.isRegularFile(file(name)) || resource(name).isPresent();
    }

    /** The template called {@code name} (file name without .md), reparsed if its file changed. */
    Optional<Lookup> find(String name) {
        Path file = file(name);
        if (Files.isRegularFile(file)) {
            return Optional.of(fromFile(name, file));
        }
        return resource(name).map(source -> bundled.computeIfAbsent(name,
                n -> parse(n, "(built in) " + n + ".md", source)));
    }

    /** The default template shipped with hikeshi, used when a team's template cannot be. */
    Lookup builtIn() {
        return bundled.computeIfAbsent(BUNDLED_DEFAULT, n -> parse(n, "(built in) default.md",
                resource(n).orElseThrow(() -> new IllegalStateException("hikeshi is built without its default"
                        + " postmortem template"))));
    }

    private Lookup fromFile(String name, Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Parsed cached = parsed.get(file);
            if (cached != null && cached.modified() == modified && cached.size() == size) {
                return cached.lookup();
            }
            Lookup lookup = parse(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (lookup.problem() != null) {
                LOG.warnf("Postmortem template %s cannot be used: %s", file, lookup.problem().describe());
            }
            parsed.put(file, new Parsed(modified, size, lookup));
            return lookup;
        } catch (IOException | UncheckedIOException e) {
            return new Lookup(name, file.toString(), null, new TemplateProblem(file.toString(), 0,
                    "cannot be read: " + e.getMessage()));
        }
    }

    private Lookup parse(String name, String file, String source) {
        try {
            return new Lookup(name, file, engine.parse(source, null, file), null);
        } catch (TemplateException e) {
            return new Lookup(name, file, null, problem(file, e));
        }
    }

    /** The problem a template exception describes, at its line. */
    static TemplateProblem problem(String file, TemplateException e) {
        int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TemplateProblem(file, line, message.replaceAll("\\s+", " ").strip());
    }

    private Path file(String name) {
        return dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".md");
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = PostmortemTemplates.class.getClassLoader().getResourceAsStream(BUNDLED + name + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes every text value a template writes out, so incident text reads as text in Markdown. */
    private static final class MarkdownEscape implements ResultMapper {
        @Override
        public boolean appliesTo(io.quarkus.qute.TemplateNode.Origin origin, Object result) {
            return result instanceof String;
        }

        @Override
        public String map(Object result, io.quarkus.qute.Expression expression) {
            return MarkdownText.escape((String) result);
        }
    }
}
