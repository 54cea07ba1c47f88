package io.hikeshi.outbox;

import io.hikeshi.chat.ChatException;

/** Performs one kind of outbox entry. Implementations are CDI beans, found by {@link #kind()}. */
public interface OutboxTask {

    String kind();

    /**
     * Performs the side effect and returns what to record about it. The completion runs in the transaction that
     * marks the entry done, so recording the result and enqueuing follow-up work happen together or not at all.
     * A task must tolerate running again after a crash: check whether the effect already happened first.
     */
    Completion perform(OutboxMessage message) throws ChatException;

    /** Database work that completes an entry. */
    @FunctionalInterface
    interface Completion {
        Completion NOTHING = () -> { };

        void apply();
    }
}
