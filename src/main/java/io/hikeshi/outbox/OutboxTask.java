package io.hikeshi.outbox;

import io.hikeshi.chat.ChatException;
import java.util.OptionalInt;

/**
 * Performs one kind of outbox entry, reading the payload record of that kind. Implementations are CDI beans, found
 * by {@link #kind()}; {@link OutboxKindsCheck} makes sure every listed kind has exactly one.
 */
public interface OutboxTask<P> {

    OutboxKind<P> kind();

    /**
     * Performs the side effect and returns what to record about it. The completion runs in the transaction that
     * marks the entry done, so recording the result and enqueuing follow-up work happen together or not at all.
     * A task must tolerate running again after a crash: check whether the effect already happened first.
     */
    Completion perform(P payload, OutboxMessage message) throws ChatException;

    /**
     * What to record when the entry is given up (it failed for good, or too often), in the transaction that marks it
     * failed: for example, queue a notice to whoever is waiting for the result.
     */
    default Completion givingUp(P payload, OutboxMessage message, String error) {
        return Completion.NOTHING;
    }

    /** Attempts after which a transiently failing entry is given up; empty for {@code hikeshi.outbox.max-attempts}. */
    default OptionalInt maxAttempts() {
        return OptionalInt.empty();
    }

    /** Database work that completes an entry. */
    @FunctionalInterface
    interface Completion {
        Completion NOTHING = () -> { };

        void apply();
    }
}
