package io.hikeshi.incident;

/** A declaration that cannot be accepted; the message says why, in words for the person declaring. */
public class InvalidDeclarationException extends Exception {

    public InvalidDeclarationException(String message) {
        super(message);
    }
}
