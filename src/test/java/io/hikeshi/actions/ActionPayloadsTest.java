package io.hikeshi.actions;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The action list payload is stored as the string map was, so entries queued as maps still run. */
@Tag("no-database")
class ActionPayloadsTest {

    @Test
    void theReplyAddressKeepsItsKey() {
        assertStoredLikeMap(ActionListRefresh.KIND, new ActionListRefresh.ReplyTo("https://hooks.slack.test/1"),
                Map.of("reply_to", "https://hooks.slack.test/1"));
    }
}
