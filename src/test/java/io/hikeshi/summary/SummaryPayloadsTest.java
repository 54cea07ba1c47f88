package io.hikeshi.summary;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catch-up and transcript payloads are stored as the string maps were, so entries queued as maps still run. */
class SummaryPayloadsTest {

    @Test
    void catchUpRequestsAndDeliveriesKeepTheirKeysAndStringValues() {
        assertStoredLikeMap(CatchUpTask.KIND, new CatchUpTask.Ask(CatchUps.Audience.PRIVATE, "U1",
                "https://hooks.slack.test/2", false),
                Map.of("audience", "PRIVATE", "user", "U1", "address", "https://hooks.slack.test/2", "brief", "false"));
        assertStoredLikeMap(CatchUpDelivery.KIND, new CatchUpDelivery.Deliver(9, CatchUps.Audience.CHANNEL, "U1",
                null), Map.of("summary", "9", "audience", "CHANNEL", "user", "U1"));
        assertStoredLikeMap(HandoverBrief.KIND, new HandoverBrief.NewCommander("U5"), Map.of("user", "U5"));
    }

    @Test
    void backfillPagesKeepTheirChannelThreadAndCursor() {
        assertStoredLikeMap(TranscriptBackfill.KIND, new TranscriptBackfill.Page("C1", null, null),
                Map.of("channel", "C1"));
        assertStoredLikeMap(TranscriptBackfill.KIND, new TranscriptBackfill.Page("C1", "1700.1", "next=="),
                Map.of("channel", "C1", "thread", "1700.1", "cursor", "next=="));
    }
}
