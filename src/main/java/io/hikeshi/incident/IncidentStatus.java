package io.hikeshi.incident;

import java.util.Locale;

/** Where an incident is in its life; the order is the usual order of progress. */
public enum IncidentStatus {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    /** The lower-case word used in commands and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
