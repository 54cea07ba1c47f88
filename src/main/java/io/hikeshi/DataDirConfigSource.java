package io.hikeshi;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes {@code hikeshi.data-path}: HIKESHI_DATA_DIR made absolute. H2 refuses implicitly relative paths such as
 * {@code data}, and people type them.
 */
public class DataDirConfigSource implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dir = context.getValue("hikeshi.data-dir");
        String value = dir == null || dir.getValue() == null || dir.getValue().isBlank() ? "./data" : dir.getValue();
        String absolute = Path.of(value).toAbsolutePath().normalize().toString();
        return List.of(new PropertiesConfigSource(Map.of("hikeshi.data-path", absolute), "hikeshi-data-dir", 100));
    }
}
