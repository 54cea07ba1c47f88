package io.hikeshi.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Severity levels, defined by impact. */
@ConfigMapping(prefix = "hikeshi.severity")
public interface SeverityConfig {

    /** The levels, most severe first. */
    List<Level> levels();

    /** The level used when a declaration names none. */
    @WithDefault("SEV3")
    String defaultLevel();

    /** One severity level. */
    interface Level {
        /** Name shown everywhere, e.g. SEV1. */
        String name();

        /** The impact that defines this level, shown wherever a severity is chosen. */
        String impact();
    }
}
