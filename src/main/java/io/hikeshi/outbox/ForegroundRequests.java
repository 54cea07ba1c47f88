package io.hikeshi.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Requests someone is waiting on right now (a Slack command waiting for its ack). Side effects can wait a moment;
 * acks cannot: the outbox worker gives way to them for a bounded pause, so a burst of declarations is answered
 * first and its channels opened right after, and steady traffic never starves the outbox. Slack events give way the
 * same way.
 */
@ApplicationScoped
public class ForegroundRequests {

    private int inFlight;

    /** Marks a request as being answered until the returned handle is closed. */
    public synchronized Handle begin() {
        inFlight++;
        return this::end;
    }

    private synchronized void end() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** Waits until no request is being answered, or at most {@code pause}; the outbox and Slack events call it. */
    public synchronized void giveWay(Duration pause) throws InterruptedException {
        long deadline = System.nanoTime() + pause.toNanos();
        long left;
        while (inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Ends one foreground request. */
    @FunctionalInterface
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }
}
