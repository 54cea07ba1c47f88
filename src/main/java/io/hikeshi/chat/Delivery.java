package io.hikeshi.chat;

import java.time.Instant;

/**
 * Identifies one delivery so that a retry can find what an interrupted attempt already posted.
 *
 * @param key   unique per side effect, stored with the message
 * @param since when the first attempt started
 * @param retry whether an earlier attempt may have posted already
 */
public record Delivery(String key, Instant since, boolean retry) {

    /** The delivery of one part of a message split in several, each found again on its own by a retry. */
    public Delivery part(int part) {
        return new Delivery(key + "-" + part, since, retry);
    }
}
