package io.hikeshi.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.outbox.PayloadRoundTrip;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The payloads of declaring from a message read back as they were queued. */
@Tag("no-database")
class ThreadPayloadsTest {

    @Test
    void importsRepliesAndChecksRoundTrip() {
        var source = new ThreadImport.Source("C1", "1795300000.000100", "1795300000.000200",
                "https://acme.slack.com/archives/C1/p1795300000000200", "U1");
        assertThat(PayloadRoundTrip.read(ThreadImport.KIND, PayloadRoundTrip.write(source))).isEqualTo(source);
        var reply = new ThreadReply.Reply("C1", "1795300000.000100");
        assertThat(PayloadRoundTrip.read(ThreadReply.KIND, PayloadRoundTrip.write(reply))).isEqualTo(reply);
        var check = new ThreadAccess.Check("C1", "1795300000.000100", "https://hooks.slack.test/1");
        assertThat(PayloadRoundTrip.read(ThreadAccess.KIND, PayloadRoundTrip.write(check))).isEqualTo(check);
    }

    @Test
    void linksToTheMessagesOfAThreadAreMadeFromOneLink() {
        String known = "https://acme.slack.com/archives/C1/p1795300000000200?thread_ts=1795300000.000100&cid=C1";
        assertThat(MessageLinks.of(known, "C1", "1795300000.000100", "1795300000.000100"))
                .isEqualTo("https://acme.slack.com/archives/C1/p1795300000000100");
        assertThat(MessageLinks.of(known, "C1", "1795300000.000300", "1795300000.000100"))
                .isEqualTo("https://acme.slack.com/archives/C1/p1795300000000300?thread_ts=1795300000.000100&cid=C1");
        assertThat(MessageLinks.of(null, "C1", "1795300000.000300", null)).isNull();
    }
}
