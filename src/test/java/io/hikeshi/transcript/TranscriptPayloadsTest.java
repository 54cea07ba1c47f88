package io.hikeshi.transcript;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Backfill payloads are stored as the string maps were, so entries queued as maps still run. */
@Tag("no-database")
class TranscriptPayloadsTest {

    @Test
    void backfillPagesKeepTheirChannelThreadAndCursor() {
        assertStoredLikeMap(TranscriptBackfill.KIND, new TranscriptBackfill.Page("C1", null, null),
                Map.of("channel", "C1"));
        assertStoredLikeMap(TranscriptBackfill.KIND, new TranscriptBackfill.Page("C1", "1700.1", "next=="),
                Map.of("channel", "C1", "thread", "1700.1", "cursor", "next=="));
    }
}
