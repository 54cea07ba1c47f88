package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A stored catch-up reads back as the draft it showed, its links to messages numbers again. */
@Tag("no-database")
class ChannelCatchUpsTest {

    private static final List<SourceMessage> MESSAGES = List.of(
            new SourceMessage(1, "1700000001.000100", null, 0, "alice", "Checkout 500s", Instant.ofEpochSecond(1)),
            new SourceMessage(2, "1700000002.000100", "1700000001.000100", 1, "bob", "Rolled back",
                    Instant.ofEpochSecond(2)));

    @Test
    void aStoredCatchUpReadsBackAsItsDraft() {
        CatchUpDraft draft = CatchUpDraft.of(List.of(List.of(new CatchUpDraft.Point("Checkout fails.", List.of(1))),
                List.of(), List.of(), List.of(),
                List.of(new CatchUpDraft.Point("Watch the error rate.", List.of(2, 1)))));
        IncidentFacts facts = new IncidentFacts(7, "INC-7", "Checkout", "C1", "sev2", "resolved", null,
                List.of("commander: alice"), List.of());

        CatchUpDraft read = ChannelCatchUps.draftOf(CatchUps.aiCatchUp(new CatchUpInput(facts, MESSAGES, "m2|t1|r1"),
                draft, Instant.EPOCH), MESSAGES);

        assertThat(read).isEqualTo(draft);
    }

    @Test
    void linksToMessagesNoLongerThereAreNotCitations() {
        CatchUpDraft draft = CatchUpDraft.of(List.of(List.of(new CatchUpDraft.Point("Checkout fails.", List.of(1, 2))),
                List.of(), List.of(), List.of(), List.of(new CatchUpDraft.Point("Gone.", List.of(2)))));
        IncidentFacts facts = new IncidentFacts(7, "INC-7", "Checkout", "C1", "sev2", "resolved", null, List.of(),
                List.of());

        CatchUpDraft read = ChannelCatchUps.draftOf(CatchUps.aiCatchUp(new CatchUpInput(facts, MESSAGES, "m2|t1|r1"),
                draft, Instant.EPOCH), MESSAGES.subList(0, 1));

        assertThat(read.status()).containsExactly(new CatchUpDraft.Point("Checkout fails.", List.of(1)));
        assertThat(read.next()).isEmpty();
    }
}
