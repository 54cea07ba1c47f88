package io.hikeshi.catchup;

import static io.hikeshi.support.MessageShortcuts.replies;
import static io.hikeshi.support.MessageShortcuts.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** "Summarize thread" with no LLM configured: the automatic catch-up, labelled as such, still by DM. */
@QuarkusTest
@TestProfile(CatchUpWithoutLlmTest.NoLlm.class)
class ThreadCatchUpWithoutLlmTest extends ThreadCatchUpFlowTest {

    @Test
    void theAutomaticCatchUpIsSentLabelled() {
        slack.answer("conversations.replies", replies(null, reply(ROOT, ROOT, null, "[FIRING] disk 91% on db-2"),
                reply("1795300000.000100", ROOT, "UALICE", "cleaning old WAL files"),
                reply("1795300000.000200", ROOT, "UBOB", "password=hunter2 is the db one")));

        click("1795300000.000100", ROOT);

        await().atMost(Duration.ofSeconds(30)).until(() -> directMessages().size() == 1);
        String shown = FakeSlack.text(directMessages().get(0).get("blocks"));
        assertThat(shown).contains("Automatic catch-up, not AI").contains("no LLM is configured")
                .contains("How it started").contains("[FIRING] disk 91% on db-2").contains("Most recent replies")
                .contains("cleaning old WAL files").doesNotContain("hunter2");
        assertThat(FakeLlm.calls()).isEmpty();
        assertThat(db.count("thread_catch_up where outcome = 'automatic' and messages_read = 3")).isEqualTo(1);
    }
}
