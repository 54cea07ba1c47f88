package io.hikeshi.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much Slack traffic waits at once, and when events are turned away so people's requests still get through. */
@ConfigMapping(prefix = "hikeshi.intake")
public interface IntakeConfig {

    /** New events get a 503 (Slack sends them again later) while the oldest message not yet stored is this old. */
    @WithDefault("1s")
    Duration eventBacklog();

    /** Events waiting for a thread; beyond this, new events get a 503. */
    @WithDefault("256")
    int eventQueue();

    /** Threads that hand events to Bolt's handlers; few, so events never crowd out commands. */
    @WithDefault("2")
    int eventThreads();

    /** Commands, forms and clicks being answered at once; beyond this, new ones get a 503. */
    @WithDefault("128")
    int requestsInFlight();

    /** An event not handled this long after it arrived is answered with a 503, well inside Slack's 3 s. */
    @WithDefault("2500ms")
    Duration eventDeadline();
}
