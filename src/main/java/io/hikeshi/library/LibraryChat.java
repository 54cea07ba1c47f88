package io.hikeshi.library;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import java.util.List;

/** What the library needs from the chat platform: posting similar past incidents in an incident channel. */
public interface LibraryChat {

    /**
     * Similar past incidents for one incident, as one message.
     *
     * @param reference the incident they are similar to, e.g. {@code INC-57}
     * @param baseUrl   the web UI's public address, for links to the postmortems; null when not configured
     */
    record SimilarPost(String reference, List<SimilarIncident> similar, String baseUrl) {
    }

    /** Posts them in the channel once per delivery; returns the message id. */
    String postSimilar(String channelId, SimilarPost post, Delivery delivery) throws ChatException;
}
