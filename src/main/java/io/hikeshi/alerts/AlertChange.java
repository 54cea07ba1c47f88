package io.hikeshi.alerts;

import java.time.Instant;
import java.util.Map;

/** How one alert of a notification changed what was stored: it is new, fires again, or resolved. */
record AlertChange(Kind kind, String name, Map<String, String> labels, Instant at, String link) {

    enum Kind { FIRING, FIRING_AGAIN, RESOLVED }
}
