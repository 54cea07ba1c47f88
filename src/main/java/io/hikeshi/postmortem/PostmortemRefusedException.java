package io.hikeshi.postmortem;

/** A postmortem change that cannot be made; the message says why and what to do instead. */
public class PostmortemRefusedException extends Exception {

    public PostmortemRefusedException(String message) {
        super(message);
    }
}
