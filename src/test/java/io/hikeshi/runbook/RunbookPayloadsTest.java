package io.hikeshi.runbook;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runbook payloads are stored as the string maps were, so entries queued as maps still run. */
@Tag("no-database")
class RunbookPayloadsTest {

    @Test
    void postsAndTicksKeepTheirKeysAndStringValues() {
        assertStoredLikeMap(RunbookTasks.POST, new RunbookTasks.PostPayload(7), Map.of("post", "7"));
        assertStoredLikeMap(RunbookTasks.UPDATE, new RunbookTasks.UpdatePayload(7, 3),
                Map.of("post", "7", "item", "3"));
    }
}
