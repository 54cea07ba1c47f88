package io.hikeshi.alerts;

import java.time.Instant;
import java.util.Map;

/**
 * One alert of a notification, checked and cut to size, whatever the sender.
 *
 * @param endsAt when it resolved (or, while firing, when the sender will consider it resolved); null when not said
 * @param link   the generator, panel or dashboard URL, only when it is http(s)
 */
record ReceivedAlert(String fingerprint, String name, boolean firing, Map<String, String> labels,
                     Map<String, String> annotations, Instant startsAt, Instant endsAt, String link) {
}
