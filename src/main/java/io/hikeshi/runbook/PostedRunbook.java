package io.hikeshi.runbook;

import java.time.Instant;
import java.util.Map;

/**
 * A runbook as posted in an incident channel: its Markdown (checklist items are its {@code - [ ]} lines, numbered
 * from 0) and who ticked which item.
 *
 * @param reason   why it was posted, e.g. "matched service checkout, keyword 5xx"; may be null
 * @param postedBy who asked for it, or null when it was posted on declare
 * @param ticks    ticked items by number
 */
public record PostedRunbook(long id, String name, String title, String description, String markdown, String reason,
                            String postedBy, Map<Integer, Tick> ticks) {

    /** Who ticked an item, and when. */
    public record Tick(String userId, Instant at) {
    }
}
