package io.hikeshi.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often overdue updates are looked for; the cadence itself is each severity level's {@code update-every}. */
@ConfigMapping(prefix = "hikeshi.reminders")
public interface RemindersConfig {

    /** How often overdue updates are looked for (the scheduler reads it, see {@link UpdateReminders}). */
    @WithDefault("1m")
    Duration checkEvery();
}
