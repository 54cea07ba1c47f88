package io.hikeshi.timeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How people add to the timeline from chat. */
@ConfigMapping(prefix = "hikeshi.timeline")
public interface TimelineConfig {

    /** The reaction that adds a message to the timeline, by name, with or without colons. */
    @WithDefault("pushpin")
    String reaction();
}
