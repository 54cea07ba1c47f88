package io.hikeshi.incident;

/** The app is shutting down and took nothing: the person should try again in a moment, when a replica is up. */
public class RestartingException extends RuntimeException {

    public static final String MESSAGE = "hikeshi is restarting, try again in a moment";

    RestartingException() {
        super(MESSAGE, null, false, false);
    }
}
