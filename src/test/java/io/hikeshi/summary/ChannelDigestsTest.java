package io.hikeshi.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored catch-up reads back as the digest it showed, its links to messages numbers again. */
class ChannelDigestsTest {

    private static final List<SourceMessage> MESSAGES = List.of(
            new SourceMessage(1, "1700000001.000100", null, 0, "alice", "Checkout 500s", Instant.ofEpochSecond(1)),
            new SourceMessage(2, "1700000002.000100", "1700000001.000100", 1, "bob", "Rolled back",
                    Instant.ofEpochSecond(2)));

    @Test
    void aStoredCatchUpReadsBackAsItsDigest() {
        Digest digest = Digest.of(List.of(List.of(new Digest.Point("Checkout fails.", List.of(1))), List.of(),
                List.of(), List.of(), List.of(new Digest.Point("Watch the error rate.", List.of(2, 1)))));
        IncidentFacts facts = new IncidentFacts(7, "INC-7", "Checkout", "C1", "sev2", "resolved", null,
                List.of("commander: alice"), List.of());

        Digest read = ChannelDigests.digestOf(CatchUps.aiCatchUp(new CatchUpInput(facts, MESSAGES, "m2|t1|r1"), digest,
                Instant.EPOCH), MESSAGES);

        assertThat(read).isEqualTo(digest);
    }

    @Test
    void linksToMessagesNoLongerThereAreNotCitations() {
        Digest digest = Digest.of(List.of(List.of(new Digest.Point("Checkout fails.", List.of(1, 2))), List.of(),
                List.of(), List.of(), List.of(new Digest.Point("Gone.", List.of(2)))));
        IncidentFacts facts = new IncidentFacts(7, "INC-7", "Checkout", "C1", "sev2", "resolved", null, List.of(),
                List.of());

        Digest read = ChannelDigests.digestOf(CatchUps.aiCatchUp(new CatchUpInput(facts, MESSAGES, "m2|t1|r1"), digest,
                Instant.EPOCH), MESSAGES.subList(0, 1));

        assertThat(read.status()).containsExactly(new Digest.Point("Checkout fails.", List.of(1)));
        assertThat(read.next()).isEmpty();
    }
}
