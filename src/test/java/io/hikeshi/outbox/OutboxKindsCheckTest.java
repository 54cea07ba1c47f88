package io.hikeshi.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class OutboxKindsCheckTest {

    private static List<OutboxKind<?>> oneTaskPerKind() {
        List<OutboxKind<?>> kinds = new ArrayList<>();
        Arrays.stream(OutboxKinds.values()).forEach(listed -> kinds.add(OutboxKind.bare(listed)));
        return kinds;
    }

    @Test
    void oneTaskForEveryListedKindAndPendingEntriesOfThoseKindsAreFine() {
        assertThat(OutboxKindsCheck.problems(oneTaskPerKind(), Set.of("post_card", "invite"))).isEmpty();
    }

    @Test
    void aListedKindWithoutATaskIsNamed() {
        List<OutboxKind<?>> kinds = oneTaskPerKind();
        kinds.removeIf(kind -> kind.listed() == OutboxKinds.PIN_CARD);

        assertThat(OutboxKindsCheck.problems(kinds, Set.of())).containsExactly("kind pin_card has no task");
    }

    @Test
    void twoTasksOfOneKindAreNamed() {
        List<OutboxKind<?>> kinds = oneTaskPerKind();
        kinds.add(OutboxKind.of(OutboxKinds.ANNOUNCE, String.class));

        assertThat(OutboxKindsCheck.problems(kinds, Set.of())).containsExactly("kind announce has 2 tasks");
    }

    @Test
    void aPendingEntryOfAKindNoTaskPerformsIsNamed() {
        List<OutboxKind<?>> kinds = oneTaskPerKind();
        kinds.removeIf(kind -> kind.listed() == OutboxKinds.DIRECT);

        assertThat(OutboxKindsCheck.problems(kinds, Set.of("retired_kind", "direct"))).containsExactly(
                "kind direct has no task",
                "entries of kind direct are waiting in the database, and no task performs it",
                "entries of kind retired_kind are waiting in the database, and no task performs it");
    }

    @Test
    void everyListedKindIsStoredUnderANameOfItsOwn() {
        assertThat(Arrays.stream(OutboxKinds.values()).map(OutboxKinds::stored).distinct())
                .hasSize(OutboxKinds.values().length);
    }

    @Test
    void aKindWithoutDataIsStoredAsAnEmptyObjectAndReadsFromOne() {
        assertThat(PayloadRoundTrip.write(NoPayload.NONE)).isEqualTo("{}");
        assertThat(PayloadRoundTrip.read(OutboxKind.bare(OutboxKinds.POST_CARD), "{}")).isEqualTo(NoPayload.NONE);
    }
}
