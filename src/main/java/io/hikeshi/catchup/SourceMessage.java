package io.hikeshi.catchup;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A transcript message as a catch-up reads it: numbered in time order, so the model cites short numbers and code
 * can check every citation against the numbers it handed out.
 *
 * @param number   1-based position in the transcript
 * @param parent   the number of the thread's first message for a reply, or 0
 * @param channelId the channel the message is in when it is not the catch-up's own (a thread copied into an
 *                  incident from where it was declared), else null
 */
record SourceMessage(int number, String messageId, String threadId, int parent, String author, String text,
                     Instant at, String channelId) {

    SourceMessage(int number, String messageId, String threadId, int parent, String author, String text, Instant at) {
        this(number, messageId, threadId, parent, author, text, at, null);
    }

    /** The message as a catch-up links it. */
    CatchUp.Source source() {
        return new CatchUp.Source(messageId, threadId, channelId);
    }

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u2028\\u2029]");

    /**
     * The message as a request quotes it, {@code [12] 09:41 (reply to [3]) alice: text}, on one line so that nothing
     * in it can pose as another numbered source. {@code offset} is added to the numbers, for requests that number
     * other sources first.
     */
    String line(int offset) {
        String where = parent > 0 ? " (reply to [" + (offset + parent) + "])" : "";
        return "[" + (offset + number) + "] " + CatchUpSources.CLOCK.format(at) + where + " " + author + ": "
                + oneLine(text);
    }

    /** {@code text} with each line break made a space. */
    static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }
}
