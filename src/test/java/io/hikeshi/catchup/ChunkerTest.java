package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.llm.TokenBudget;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chunks fit the room, keep the order, and lose nothing. */
@Tag("no-database")
class ChunkerTest {

    final TokenBudget budget = new TokenBudget(6000, 1000, 3);

    @Test
    void everyChunkFitsAndEveryLineIsKeptInOrder() {
        List<String> lines = IntStream.rangeClosed(1, 500).mapToObj(i -> "[" + i + "] 10:00 alice: " + "x".repeat(i % 90))
                .toList();
        List<List<String>> chunks = Chunker.pack(lines, 400, budget);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.stream().mapToInt(l -> budget.tokens(l) + 1).sum())
                .isLessThanOrEqualTo(400));
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(lines);
    }

    @Test
    void aLineTooLongIsSplitIntoNumberedPartsThatTogetherHoldAllOfIt() {
        String body = IntStream.range(0, 3000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        List<String> parts = Chunker.split("[7] 10:00 bob: " + body, 300, budget);

        assertThat(parts.size()).isGreaterThan(1);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p).startsWith("[7] (part ");
            assertThat(budget.tokens(p) + 1).isLessThanOrEqualTo(300);
        });
        String joined = parts.stream().map(p -> p.substring(p.indexOf(") ") + 2)).collect(Collectors.joining(""));
        assertThat(joined.replace(" ", "")).isEqualTo(("10:00 bob: " + body).replace(" ", ""));
    }

    @Test
    void theEstimateNeverCountsFewerTokensThanWords() {
        assertThat(budget.tokens("a b c d e f")).isEqualTo(6);
        assertThat(budget.tokens("abcdefghij")).isEqualTo(4);
    }
}
