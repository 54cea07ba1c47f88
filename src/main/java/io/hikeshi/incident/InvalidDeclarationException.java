package io.hikeshi.incident;

/** A declaration that cannot be accepted; the message says why, in words for the person declaring. */
public class InvalidDeclarationException extends Exception {

    /** The part of the declaration that is wrong, so a form can show the message next to it. */
    public enum Field { TITLE, DESCRIPTION, SEVERITY }

    private final Field field;

    public InvalidDeclarationException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
