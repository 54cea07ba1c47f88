package io.hikeshi.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

        /** Channel ids told when an incident reaches this level or worse (never for drills). */
        Optional<List<String>> notifyChannels();

        /** User group ids (S…) mentioned in the incident channel when an incident reaches this level or worse. */
        Optional<List<String>> notifyGroups();

        /** How often the commander should post an update at this level; no reminders when unset. */
        Optional<Duration> updateEvery();
    }
}
