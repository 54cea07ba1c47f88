package io.hikeshi.summary;

import java.time.Instant;

/**
 * A transcript message as a catch-up reads it: numbered in time order, so the model cites short numbers and code
 * can check every citation against the numbers it handed out.
 *
 * @param number   1-based position in the transcript
 * @param parent   the number of the thread's first message for a reply, or 0
 */
record SourceMessage(int number, String messageId, String threadId, int parent, String author, String text,
                     Instant at) {
}
