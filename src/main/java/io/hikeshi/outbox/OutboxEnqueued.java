package io.hikeshi.outbox;

/** Fired when an entry is enqueued; observed after commit to start work without waiting for the next poll. */
record OutboxEnqueued(String kind) {
}
