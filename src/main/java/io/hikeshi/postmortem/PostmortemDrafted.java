package io.hikeshi.postmortem;

/**
 * Fired inside the transaction that stores a drafted version of a postmortem, so that observers (labels are
 * suggested from the draft) can queue their work in it: it happens if and only if the draft is stored.
 */
public record PostmortemDrafted(long incidentId, int version) {
}
