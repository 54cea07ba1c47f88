package io.hikeshi.outbox;

/** The payload of an outbox kind that carries nothing but its incident; stored as {@code {}}. */
public record NoPayload() {

    public static final NoPayload NONE = new NoPayload();
}
