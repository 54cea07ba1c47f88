package io.hikeshi.labels;

/** A label someone typed cannot be used; the message says why and what would do. */
public class InvalidLabelException extends Exception {

    public InvalidLabelException(String message) {
        super(message);
    }
}
