package io.hikeshi.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Reads and writes outbox payloads the way the outbox does, for the payload tests of each feature. */
public final class PayloadRoundTrip {

    private static final OutboxJson JSON = OutboxJson.standalone();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private PayloadRoundTrip() {
    }

    /** Reads a stored payload as the task of {@code kind} gets it. */
    public static <P> P read(OutboxKind<P> kind, String stored) {
        return JSON.read(stored, kind.payloadType());
    }

    /** Writes a payload as {@link Outbox#enqueue} stores it. */
    public static String write(Object payload) {
        return JSON.write(payload);
    }

    /**
     * Asserts that {@code payload} is stored exactly as the string map {@code asMap} was before payloads were
     * records, and that the map's JSON reads back into an equal payload.
     */
    public static <P> void assertStoredLikeMap(OutboxKind<P> kind, P payload, Map<String, String> asMap) {
        try {
            Map<String, Object> written = PLAIN.readValue(write(payload), new TypeReference<Map<String, Object>>() { });
            assertThat(written).isEqualTo(asMap);
            assertThat(read(kind, PLAIN.writeValueAsString(asMap))).isEqualTo(payload);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
