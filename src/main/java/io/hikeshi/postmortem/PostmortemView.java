package io.hikeshi.postmortem;

import java.time.Instant;
import java.util.List;

/**
 * A postmortem as the web UI and the API show it.
 *
 * @param current  the newest version, with its text
 * @param versions every version, newest first, without text
 * @param history  status changes, oldest first
 */
public record PostmortemView(long incidentNumber, PostmortemStatus status, Version current, List<Version> versions,
                             List<StatusChange> history) {

    /** One version; {@code markdown} is null in listings. */
    public record Version(int number, String author, VersionOrigin origin, String template, String note,
                          Instant createdAt, String markdown) {
    }

    /** A move to a status, by whom, at which version. */
    public record StatusChange(PostmortemStatus status, int version, String changedBy, Instant changedAt) {
    }
}
