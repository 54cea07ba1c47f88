package io.hikeshi.alerts;

import java.util.List;

/** What one request from a sender said: the alerts of one group, in the sender's order. */
record Notification(AlertSource source, String groupKey, List<ReceivedAlert> alerts) {
}
