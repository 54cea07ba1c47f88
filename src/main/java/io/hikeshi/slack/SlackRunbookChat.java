package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.Delivery;
import io.hikeshi.runbook.PostedRunbook;
import io.hikeshi.runbook.RunbookChat;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@link RunbookChat} on Slack, rendered by {@link RunbookBlocks}. */
@ApplicationScoped
class SlackRunbookChat implements RunbookChat {

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final SlackPoster poster;

    SlackRunbookChat(MethodsClient slack, SlackCalls calls, SlackPoster poster) {
        this.slack = slack;
        this.calls = calls;
        this.poster = poster;
    }

    @Override
    public List<String> postRunbook(String channelId, PostedRunbook runbook, Delivery delivery) throws ChatException {
        List<List<RunbookMrkdwn.Piece>> layout = RunbookBlocks.layout(runbook);
        List<String> messageIds = new ArrayList<>();
        for (int part = 0; part < layout.size(); part++) {
            // Each message is its own delivery, so a retry finds the parts an interrupted attempt posted.
            messageIds.add(poster.post(channelId, null, RunbookBlocks.message(runbook, layout, part),
                    RunbookBlocks.fallback(runbook, part, layout.size()), delivery.part(part)));
        }
        return messageIds;
    }

    @Override
    public void updateRunbookItem(String channelId, List<String> messageIds, PostedRunbook runbook, int item)
            throws ChatException {
        List<List<RunbookMrkdwn.Piece>> layout = RunbookBlocks.layout(runbook);
        Optional<Integer> part = RunbookBlocks.messageOf(layout, item).filter(p -> p < messageIds.size());
        if (part.isPresent()) {
            calls.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channelId).ts(messageIds.get(part.get()))
                    .text(RunbookBlocks.fallback(runbook, part.get(), layout.size()))
                    .blocks(RunbookBlocks.message(runbook, layout, part.get()))));
        }
    }
}
