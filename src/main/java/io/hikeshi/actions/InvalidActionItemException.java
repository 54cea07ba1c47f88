package io.hikeshi.actions;

/** An action item that cannot be accepted; the message says why, in words for the person adding it. */
public class InvalidActionItemException extends Exception {

    public InvalidActionItemException(String message) {
        super(message);
    }
}
