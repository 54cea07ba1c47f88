package io.hikeshi.postmortem;

/** How a postmortem version came about. */
public enum VersionOrigin {
    /** Rendered by hikeshi from a template, on resolve or on request. */
    DRAFTED,
    /** Saved by a person in the web UI. */
    EDITED
}
