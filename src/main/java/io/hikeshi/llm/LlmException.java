package io.hikeshi.llm;

/** A model call that gave no usable answer; {@link #reason()} says why in words a user can read. */
public class LlmException extends Exception {

    /** What went wrong. */
    public enum Kind {
        /** No LLM is configured. */
        NOT_CONFIGURED,
        /** The model did not answer in time. */
        TIMEOUT,
        /** The endpoint failed (HTTP error, refused connection, bad key). */
        ERROR,
        /** The model answered, but not in the requested shape. */
        GARBAGE
    }

    private final Kind kind;

    public LlmException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A short, secret-free explanation, e.g. "the model did not answer within 60 s". */
    public String reason() {
        return getMessage();
    }
}
