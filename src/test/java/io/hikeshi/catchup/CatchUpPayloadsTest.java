package io.hikeshi.catchup;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Catch-up payloads are stored as the string maps were, so entries queued as maps still run. */
@Tag("no-database")
class CatchUpPayloadsTest {

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
    void threadCatchUpRequestsRoundTrip() {
        var ask = new ThreadCatchUpTask.Ask(7, "C1", "alerts", "1795300000.000100", "U1", "https://hooks.slack.test/3");
        org.assertj.core.api.Assertions.assertThat(io.hikeshi.outbox.PayloadRoundTrip.read(ThreadCatchUpTask.KIND,
                io.hikeshi.outbox.PayloadRoundTrip.write(ask))).isEqualTo(ask);
    }
}
