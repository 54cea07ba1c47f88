package io.hikeshi.outbox;

/**
 * One kind of outbox entry bound to the record its entries carry, so that what is queued and what its task reads
 * cannot disagree. Features declare their kinds as constants; the stored names are listed in {@link OutboxKinds}.
 *
 * @param listed      the kind as stored
 * @param payloadType the payload record; {@link NoPayload} for kinds that carry nothing but their incident
 */
public record OutboxKind<P>(OutboxKinds listed, Class<P> payloadType) {

    public static <P> OutboxKind<P> of(OutboxKinds listed, Class<P> payloadType) {
        return new OutboxKind<>(listed, payloadType);
    }

    /** A kind whose entries carry nothing but their incident. */
    public static OutboxKind<NoPayload> bare(OutboxKinds listed) {
        return new OutboxKind<>(listed, NoPayload.class);
    }

    /** The name stored in {@code outbox_entry.kind}. */
    public String name() {
        return listed.stored();
    }
}
