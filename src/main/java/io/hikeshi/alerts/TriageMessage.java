package io.hikeshi.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A triage message as the chat shows it: the alerts of a group (all text is the senders' data, to show as text) and
 * what people did about it.
 *
 * @param actor     who dismissed it or declared the incident, a user id; null otherwise
 * @param incident  the incident declared from it ({@code INC-42}), or null
 * @param alerts    the alerts to show, firing first, at most {@link #MAX_SHOWN}
 * @param notShown  how many more alerts the group has
 */
public record TriageMessage(long groupId, String source, String route, State state, String actor, String incident,
                            String incidentChannelId, List<Item> alerts, int firing, int resolved, int notShown) {

    public static final int MAX_SHOWN = 10;

    /** Where the triage stands. */
    public enum State { OPEN, DISMISSED, DECLARED }

    /** One alert. */
    public record Item(String name, boolean firing, Map<String, String> labels, String summary, Instant startsAt,
                       Instant endsAt, String link) {
    }

    /** The title a declaration from this message starts with. */
    public String headline() {
        return alerts.isEmpty() ? "Alert from " + source : alerts.get(0).name()
                + (alerts.get(0).summary() == null ? "" : ": " + alerts.get(0).summary());
    }
}
