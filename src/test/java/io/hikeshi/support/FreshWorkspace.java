package io.hikeshi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An empty work directory and database for one test of the packaged app: the H2 file lives in the directory; on the
 * PostgreSQL build, a schema of its own is dropped first (and not cleaned at start, so a restart finds what the
 * killed run wrote).
 */
public final class FreshWorkspace {

    private FreshWorkspace() {
    }

    /** {@code target/<group>/<name>}, emptied. */
    public static Path directory(String group, String name) {
        Path dir = Path.of("target", group, name);
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** The database settings for the app: none for H2, an emptied schema named after {@code suffix} for PostgreSQL. */
    public static Map<String, String> databaseEnv(String suffix) {
        if (!"postgresql".equals(System.getProperty("hikeshi.app.db-kind"))) {
            return Map.of();
        }
        PostgresSchema schema = new PostgresSchema(System.getProperty("hikeshi.it.pg.schema", "hikeshi_multi") + "_"
                + suffix);
        schema.drop();
        return schema.appEnv(false);
    }
}
