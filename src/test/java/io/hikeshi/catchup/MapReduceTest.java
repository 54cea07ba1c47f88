package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.llm.LlmConfig;
import io.hikeshi.llm.TokenBudget;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.transcript.TestTranscript;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A 5,000-message channel is summarised by map-reduce: every request stays within the token budget, every message
 * is in some map request, and the partial drafts are merged into one catch-up whose citations are all real.
 */
@QuarkusTest
class MapReduceTest extends CatchUpFlowTest {

    static final int MESSAGES = 5_000;

    @Inject
    CatchUps catchUps;

    @Inject
    LlmConfig llm;

    @Test
    void fiveThousandMessagesAreAllReadWithinTheBudget() {
        long incident = ((Number) db.value("select id from incident")).longValue();
        TestTranscript.fill(MESSAGES);

        CatchUps.PreparedCatchUp prepared = catchUps.prepare(incident);

        assertThat(prepared.catchUp().aiGenerated()).isTrue();
        assertThat(prepared.catchUp().messagesRead()).isEqualTo(MESSAGES);
        List<FakeLlm.Call> calls = FakeLlm.calls();
        assertThat(prepared.modelCalls()).isEqualTo(calls.size()).isGreaterThan(2);
        TokenBudget budget = new TokenBudget(llm.contextBudgetTokens(), llm.maxOutputTokens(), llm.charsPerToken());
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.maxTokens()).isEqualTo(llm.maxOutputTokens());
            assertThat(budget.requestTokens(call.system(), call.user()) + call.maxTokens())
                    .isLessThanOrEqualTo(llm.contextBudgetTokens());
        });
        List<FakeLlm.Call> maps = calls.stream().filter(c -> c.user().contains("<messages part=")).toList();
        List<FakeLlm.Call> merges = calls.stream().filter(c -> c.user().contains("<partial n=")).toList();
        assertThat(maps.size() + merges.size()).isEqualTo(calls.size());
        assertThat(merges).isNotEmpty();
        TreeSet<Integer> covered = new TreeSet<>();
        maps.forEach(call -> covered.addAll(FakeLlm.numbersIn(call.user())));
        assertThat(covered).containsExactlyElementsOf(IntStream.rangeClosed(1, MESSAGES).boxed().toList());
        // Sent a few at a time, so in any order: each part once.
        assertThat(maps.stream().map(c -> c.user().replaceAll("(?s).*<messages (part=\"\\d+ of \\d+\").*", "$1")))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, maps.size())
                        .mapToObj(i -> "part=\"" + i + " of " + maps.size() + "\"").toList());

        Set<String> cited = prepared.catchUp().sections().stream().flatMap(s -> s.points().stream())
                .flatMap(p -> p.sources().stream()).map(s -> s.messageId()).collect(Collectors.toSet());
        assertThat(cited).isNotEmpty().allSatisfy(ts -> assertThat(ts).startsWith("17"));
        assertThat(db.count("transcript_message where ts in ('" + String.join("','", cited) + "')"))
                .isEqualTo(cited.size());
    }

    @Test
    void aMessageLongerThanAChunkIsSplitNotCut() {
        long incident = ((Number) db.value("select id from incident")).longValue();
        String longText = IntStream.range(0, 4_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        say("1700000001.000100", longText);

        catchUps.prepare(incident);

        String sent = FakeLlm.calls().stream().filter(c -> c.user().contains("<messages part="))
                .map(c -> c.user().substring(c.user().indexOf("<messages"))).collect(Collectors.joining("\n"));
        assertThat(sent).contains("[1] (part 1 of ").contains("word0 ").contains("word3999");
    }
}
