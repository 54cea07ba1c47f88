package io.hikeshi.slack;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import io.hikeshi.library.LibraryChat;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@link LibraryChat} on Slack, rendered by {@link SimilarBlocks}. */
@ApplicationScoped
class SlackLibraryChat implements LibraryChat {

    private final SlackPoster poster;
    private final SlackConfig config;

    SlackLibraryChat(SlackPoster poster, SlackConfig config) {
        this.poster = poster;
        this.config = config;
    }

    @Override
    public String postSimilar(String channelId, SimilarPost post, Delivery delivery) throws ChatException {
        return poster.post(channelId, null, SimilarBlocks.message(post, config.command()), SimilarBlocks.fallback(post),
                delivery);
    }
}
