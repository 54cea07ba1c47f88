package io.hikeshi.postmortem;

import static io.hikeshi.outbox.PayloadRoundTrip.assertStoredLikeMap;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Postmortem payloads are stored as the string maps were, so entries queued as maps still run. */
@Tag("no-database")
class PostmortemPayloadsTest {

    @Test
    void draftsKeepWhoAskedAndWhetherToAnnounceAsStrings() {
        assertStoredLikeMap(PostmortemTasks.DRAFT, new PostmortemTasks.DraftPayload("U1", true),
                Map.of("by", "U1", "announce", "true"));
        assertStoredLikeMap(PostmortemTasks.DRAFT, new PostmortemTasks.DraftPayload("U1", false),
                Map.of("by", "U1", "announce", "false"));
    }

    @Test
    void noticesAndFilesKeepTheirKeysAndStringValues() {
        assertStoredLikeMap(PostmortemTasks.NOTICE, new PostmortemTasks.NoticePayload(2,
                PostmortemNotice.Event.DRAFTED, PostmortemTasks.Target.CHANNEL, null),
                Map.of("version", "2", "event", "DRAFTED", "target", "channel"));
        assertStoredLikeMap(PostmortemTasks.NOTICE, new PostmortemTasks.NoticePayload(3,
                PostmortemNotice.Event.PUBLISHED, PostmortemTasks.Target.THREAD, "Ann Lee"),
                Map.of("version", "3", "event", "PUBLISHED", "target", "thread", "by", "Ann Lee"));
        assertStoredLikeMap(PostmortemTasks.FILE, new PostmortemTasks.FilePayload(4), Map.of("version", "4"));
    }
}
