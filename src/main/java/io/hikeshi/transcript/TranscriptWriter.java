package io.hikeshi.transcript;

import io.agroal.api.AgroalDataSource;
import io.hikeshi.outbox.ForegroundRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Group commit for transcript events: whatever arrived while the previous batch was being written goes into the
 * next transaction together. Each caller's future completes only after the transaction holding its event
 * committed, so an event is acknowledged to Slack only once it is stored; a failed batch fails its callers, and
 * Slack sends those events again. The queue is bounded, and an event whose caller stopped waiting (it was answered
 * "try again") is skipped, so a backlog drains at the database's pace instead of growing.
 */
@ApplicationScoped
class TranscriptWriter {

    private static final Logger LOG = Logger.getLogger(TranscriptWriter.class);
    private static final int MAX_BATCH = 500;
    private static final int MAX_WAITING = 10_000;
    private static final Duration GIVE_WAY = Duration.ofMillis(20);

    private record Pending(TranscriptEvent event, CompletableFuture<Boolean> stored, long queuedAt) {
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final ForegroundRequests foreground;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_WAITING);
    private Thread thread;
    private volatile boolean stopped;
    /** When the oldest event of the batch being written was queued; 0 while no batch is being written. */
    private volatile long writingSince;

    TranscriptWriter(AgroalDataSource dataSource, Clock clock, ForegroundRequests foreground) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.foreground = foreground;
    }

    @PostConstruct
    void start() {
        thread = new Thread(this::run, "transcript-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes with whether the event belonged to an incident channel, once it is committed. */
    CompletableFuture<Boolean> submit(TranscriptEvent event) {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        if (stopped || !queue.offer(new Pending(event, stored, System.nanoTime()))) {
            stored.completeExceptionally(new IllegalStateException("the transcript writer is full or stopping"));
        }
        return stored;
    }

    /** How long the oldest event not yet committed has been waiting; zero when none is. */
    Duration backlogAge() {
        long since = writingSince;
        Pending head = queue.peek();
        if (since == 0 && head != null) {
            since = head.queuedAt();
        }
        return since == 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, System.nanoTime() - since));
    }

    /** Writes events in the caller's thread and transaction, e.g. a backfill page. Returns how many were kept. */
    int writeNow(List<TranscriptEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> incidents = TranscriptSql.incidentsOf(connection,
                    events.stream().map(TranscriptEvent::channelId).collect(Collectors.toSet()));
            return TranscriptSql.apply(connection, events, incidents, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store transcript messages: " + e.getMessage(), e);
        }
    }

    /**
     * Writes messages of any channel into one incident's transcript, in the caller's thread and transaction, e.g. the
     * thread an incident was declared from. A message already stored is left as it is.
     */
    int importNow(long incidentId, List<TranscriptEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> incidents = events.stream().map(TranscriptEvent::channelId).distinct()
                    .collect(Collectors.toMap(channel -> channel, channel -> incidentId));
            return TranscriptSql.apply(connection, events, incidents, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store transcript messages: " + e.getMessage(), e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!stopped) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                // Answered "try again" already: Slack sends it again, and writing it now would only delay the others.
                batch.removeIf(pending -> pending.stored().isDone());
                if (!batch.isEmpty()) {
                    writingSince = batch.get(0).queuedAt();
                    // Commands first: the database and the cores are theirs for a moment while one is answered.
                    foreground.giveWay(GIVE_WAY);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                writingSince = 0;
                batch.clear();
            }
        }
        queue.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("shutting down")));
    }

    private void write(List<Pending> batch) {
        try {
            Map<String, Long> incidents = commit(batch.stream().map(Pending::event).toList());
            batch.forEach(p -> p.stored().complete(incidents.containsKey(p.event().channelId())));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                LOG.warnf("Could not store a transcript event (%s); Slack will send it again", e.getClass().getSimpleName());
                batch.get(0).stored().completeExceptionally(e);
                return;
            }
            // One bad event must not fail the others: write them one by one.
            batch.forEach(p -> write(List.of(p)));
        }
    }

    private Map<String, Long> commit(List<TranscriptEvent> events) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Map<String, Long> incidents = TranscriptSql.incidentsOf(connection,
                        events.stream().map(TranscriptEvent::channelId).collect(Collectors.toSet()));
                TranscriptSql.apply(connection, events, incidents, clock.instant());
                return incidents;
            }
        });
    }
}
