package io.hikeshi.catchup;

import java.time.Instant;
import java.util.List;

/**
 * A catch-up on an incident, ready to show: headed sections of points, each point linked to the messages it came
 * from. All text is plain (the adapter escapes it); nothing in it can mention or link.
 *
 * @param incidentId   for the retry button
 * @param aiGenerated  written by the LLM (and checked by code); false for the automatic, extractive summary
 * @param notice       for an automatic summary, why the LLM was not used; null otherwise
 * @param offerRetry   whether to offer a button that asks the LLM again
 * @param messagesRead how many messages of the channel it was made from
 */
public record CatchUp(long incidentId, String incidentReference, String title, String channelId, boolean aiGenerated,
                      String notice, List<Section> sections, boolean offerRetry, int messagesRead,
                      Instant generatedAt) {

    /** A heading and its points, e.g. "Status and impact". */
    public record Section(String heading, List<Point> points) {
    }

    /** One statement and the messages it came from (none for facts taken from the incident's record). */
    public record Point(String text, List<Source> sources) {
    }

    /**
     * A message: its id, its thread's when it is a reply, and its channel when that is not the catch-up's own (null
     * otherwise, as in catch-ups stored before messages of other channels were copied into incidents).
     */
    public record Source(String messageId, String threadId, String channelId) {

        public Source(String messageId, String threadId) {
            this(messageId, threadId, null);
        }
    }

    /** The same catch-up with more sections at the end, e.g. open action items for a handover. */
    public CatchUp withSections(List<Section> more) {
        List<Section> all = new java.util.ArrayList<>(sections);
        all.addAll(more);
        return new CatchUp(incidentId, incidentReference, title, channelId, aiGenerated, notice, List.copyOf(all),
                offerRetry, messagesRead, generatedAt);
    }
}
