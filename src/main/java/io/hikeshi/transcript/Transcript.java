package io.hikeshi.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * What people write in incident channels, kept so a catch-up needs no bulk reads from Slack and outlives the
 * channel. Events from other channels are ignored.
 */
@ApplicationScoped
public class Transcript {

    /** Well inside Slack's 3 s: an event not stored by then is answered with an error, and Slack sends it again. */
    private static final Duration MAX_WAIT = Duration.ofMillis(2500);

    private final TranscriptWriter writer;

    Transcript(TranscriptWriter writer) {
        this.writer = writer;
    }

    /** Stores the event durably before returning; true when it belonged to an incident channel. */
    public boolean record(TranscriptEvent event) throws TranscriptUnavailableException {
        try {
            return recordLater(event).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscriptUnavailableException("interrupted");
        } catch (ExecutionException e) {
            throw new TranscriptUnavailableException(e.getCause().getClass().getSimpleName());
        }
    }

    /**
     * Completes, with whether the event belonged to an incident channel, once the event is stored; fails when it
     * could not be stored in time. Lets a caller answer Slack later without holding a thread meanwhile.
     */
    public CompletableFuture<Boolean> recordLater(TranscriptEvent event) {
        return writer.submit(event).orTimeout(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * How long the oldest message not yet stored has been waiting: the edge stops taking new events while this is
     * more than can be stored within Slack's window.
     */
    public Duration backlogAge() {
        return writer.backlogAge();
    }

    /** The event could not be stored now; the caller should not acknowledge it, so that it is sent again. */
    public static class TranscriptUnavailableException extends Exception {
        TranscriptUnavailableException(String reason) {
            super("the transcript could not store the message: " + reason);
        }
    }
}
