package io.hikeshi.slack;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import io.hikeshi.postmortem.PostmortemChat;
import io.hikeshi.postmortem.PostmortemNotice;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@link PostmortemChat} on Slack: notices rendered by {@link PostmortemBlocks}, files by {@link FileShare}. */
@ApplicationScoped
class SlackPostmortemChat implements PostmortemChat {

    private final SlackPoster poster;
    private final FileShare files;

    SlackPostmortemChat(SlackPoster poster, FileShare files) {
        this.poster = poster;
        this.files = files;
    }

    @Override
    public String postNotice(String channelId, String threadId, PostmortemNotice notice, Delivery delivery)
            throws ChatException {
        return poster.post(channelId, threadId, PostmortemBlocks.notice(notice), PostmortemBlocks.fallback(notice),
                delivery);
    }

    @Override
    public void shareFile(String channelId, SharedFile file) throws ChatException {
        files.share(channelId, file);
    }
}
