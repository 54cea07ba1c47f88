package io.hikeshi.chat;

import java.time.Duration;
import java.util.Optional;

/** A chat platform call that did not succeed, classified by whether trying again can help. */
public class ChatException extends Exception {

    /** How the outbox should treat the failure. */
    public enum Kind {
        /** The platform asked us to wait before the next call. */
        RATE_LIMITED,
        /** A network error or server error that may pass. */
        TRANSIENT,
        /** Retrying cannot help (bad token, missing scope, not in channel...). */
        PERMANENT
    }

    private final String operation;
    private final String code;
    private final Kind kind;
    private final Duration retryAfter;

    public ChatException(String operation, String code, Kind kind, Duration retryAfter, Throwable cause) {
        super(operation + " failed: " + code, cause);
        this.operation = operation;
        this.code = code;
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static ChatException permanent(String operation, String code) {
        return new ChatException(operation, code, Kind.PERMANENT, null, null);
    }

    public static ChatException transientFailure(String operation, String code, Throwable cause) {
        return new ChatException(operation, code, Kind.TRANSIENT, null, cause);
    }

    public static ChatException rateLimited(String operation, Duration retryAfter) {
        return new ChatException(operation, "ratelimited", Kind.RATE_LIMITED, retryAfter, null);
    }

    /** The platform method, e.g. conversations.create. */
    public String operation() {
        return operation;
    }

    /** The platform's error code, e.g. not_in_channel, or a short description of a network failure. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
