package io.hikeshi.summary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
            return writer.submit(event).get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscriptUnavailableException("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new TranscriptUnavailableException(e.getClass().getSimpleName());
        }
    }

    /** The event could not be stored now; the caller should not acknowledge it, so that it is sent again. */
    public static class TranscriptUnavailableException extends Exception {
        TranscriptUnavailableException(String reason) {
            super("the transcript could not store the message: " + reason);
        }
    }
}
