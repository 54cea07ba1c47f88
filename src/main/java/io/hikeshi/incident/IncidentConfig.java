package io.hikeshi.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** Settings for declaring and announcing incidents. */
@ConfigMapping(prefix = "hikeshi.incident")
public interface IncidentConfig {

    /** Channel id where declarations are announced (HIKESHI_ANNOUNCE_CHANNEL); no announcement when unset. */
    Optional<String> announceChannel();

    /** Time zone for the date in channel names and for times typed by people. */
    @WithDefault("UTC")
    ZoneId timeZone();
}
