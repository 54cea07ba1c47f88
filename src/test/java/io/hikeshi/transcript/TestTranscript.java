package io.hikeshi.transcript;

import io.hikeshi.support.FakeSlack;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;

/** Fills the incident channel's transcript directly, for tests of the features that read it (catch-ups, drafts). */
public final class TestTranscript {

    private TestTranscript() {
    }

    /** Stores {@code count} messages, a tenth of them thread replies, as the event handler would. */
    public static void fill(int count) {
        List<TranscriptEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String ts = "%d.%06d".formatted(1_700_000_000L + i, i);
            String thread = i % 10 == 0 ? "%d.%06d".formatted(1_700_000_000L + i - 1, i - 1) : null;
            events.add(TranscriptEvent.posted(FakeSlack.INCIDENT_CHANNEL, ts, thread,
                    "U" + (i % 7), "Message " + i + ": checked the payments dashboard, error rate " + (i % 50)
                            + "% on eu-west-1, next step is to look at the connection pool settings"));
        }
        TranscriptWriter writer = Arc.container().instance(TranscriptWriter.class).get();
        QuarkusTransaction.requiringNew().run(() -> writer.writeNow(events));
    }
}
