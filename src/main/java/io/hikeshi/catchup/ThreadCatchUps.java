package io.hikeshi.catchup;

import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.Rows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Catch-ups of any thread, outside incidents too ("Summarize thread"), made by the same pipeline as an incident's and
 * sent to the person who asked as a direct message. Each use is recorded (who, which thread, when, how it ended),
 * never what the thread or the catch-up said.
 */
@ApplicationScoped
public class ThreadCatchUps {

    /**
     * @param threadId     the thread's first message (the message itself when it starts no thread)
     * @param channelName  the channel's name as the request showed it, for the model's context; may be null
     * @param replyAddress where to answer the person privately at once (Slack's response URL)
     */
    public record Request(String channelId, String channelName, String threadId, String userId, String replyAddress) {
    }

    private final Outbox outbox;
    private final Rows rows;
    private final Clock clock;

    ThreadCatchUps(Outbox outbox, Rows rows, Clock clock) {
        this.outbox = outbox;
        this.rows = rows;
        this.clock = clock;
    }

    /** Records the use and queues the catch-up in one transaction; returns at once. */
    public void request(Request request) {
        QuarkusTransaction.joiningExisting().run(() -> {
            long use = rows.insert("insert into thread_catch_up (requested_by, channel_id, thread_ts, requested_at)"
                    + " values (?, ?, ?, ?)", request.userId(), request.channelId(), request.threadId(),
                    clock.instant());
            outbox.enqueue(ThreadCatchUpTask.KIND, null, ThreadCatchUpTask.Ask.of(use, request));
        });
    }

    /** How a use ended, in the caller's transaction. */
    void finished(long use, String outcome, int messagesRead) {
        rows.execute("update thread_catch_up set finished_at = ?, outcome = ?, messages_read = ? where id = ?",
                clock.instant(), outcome, messagesRead, use);
    }
}
