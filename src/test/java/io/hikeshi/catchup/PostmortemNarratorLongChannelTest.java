package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.llm.LlmConfig;
import io.hikeshi.llm.TokenBudget;
import io.hikeshi.postmortem.NarrativeSection;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.transcript.TestTranscript;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A channel too long for one request is condensed by the catch-up's map-reduce before the postmortem is drafted:
 * every message is read within the budget, the narrative request carries the draft's points with their message
 * numbers, and the drafted sections cite real messages. A current stored catch-up is reused instead; a failing
 * map request leaves the sections as prompts and the note says why.
 */
@QuarkusTest
class PostmortemNarratorLongChannelTest extends CatchUpFlowTest {

    private static final Pattern CITED = Pattern.compile("\\(messages ([0-9, ]+)\\)");

    @Inject
    LlmConfig llm;

    @Test
    void aLongChannelIsCondensedByMapReduceAndEveryMessageIsRead() {
        int messages = 3_000;
        TestTranscript.fill(messages);
        FakeLlm.answer(PostmortemNarratorLongChannelTest::narrativeOrDraft);

        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(90)).until(() -> db.count("postmortem_version") == 1);

        List<FakeLlm.Call> calls = FakeLlm.callsBesidesLabels();
        TokenBudget budget = new TokenBudget(llm.contextBudgetTokens(), llm.maxOutputTokens(), llm.charsPerToken());
        assertThat(calls).allSatisfy(call -> assertThat(budget.requestTokens(call.system(), call.user())
                + call.maxTokens()).isLessThanOrEqualTo(llm.contextBudgetTokens()));
        List<FakeLlm.Call> maps = calls.stream().filter(c -> c.user().contains("<messages part=")).toList();
        TreeSet<Integer> covered = new TreeSet<>();
        maps.forEach(call -> covered.addAll(FakeLlm.numbersIn(call.user())));
        assertThat(covered).containsExactlyElementsOf(IntStream.rangeClosed(1, messages).boxed().toList());
        assertThat(calls.stream().filter(c -> c.user().contains("<partial n="))).isNotEmpty();

        FakeLlm.Call narrative = narrativeCall(calls);
        int offset = FakeLlm.numbersIn(narrative.user()).size();
        assertThat(narrative.user()).contains("<timeline>", "<condensed_messages count=\"" + messages + "\">",
                "Checkout is failing for some users.", "Roll back the deploy.").doesNotContain("<messages")
                .doesNotContain("Message 1500:");
        assertThat(citedIn(narrative.user())).containsExactly(offset + 1, offset + messages);

        String markdown = (String) db.value("select markdown from postmortem_version");
        String summary = markdown.substring(markdown.indexOf("## Summary"), markdown.indexOf("## Impact"));
        assertThat(summary).contains(NarrativeSection.AI_MARK, "From the condensed channel.",
                "sources: " + timeOf(1) + ", " + timeOf(messages)).doesNotContain("Cites a message no point cited");
        assertThat(db.value("select note from postmortem_version")).isNull();
        // The draft is stored as a catch-up, so the next /incident summary or postmortem need not read it again.
        assertThat(db.count("incident_summary where ai = true")).isEqualTo(1);
    }

    @Test
    void aCatchUpOfTheSameMessagesIsReusedAfterResolving() {
        TestTranscript.fill(400);
        FakeLlm.answer(PostmortemNarratorLongChannelTest::narrativeOrDraft);
        summary("").statusCode(200);
        privateAnswers(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("incident_summary where ai = true") == 1);
        int before = FakeLlm.callsBesidesLabels().size();

        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("postmortem_version") == 1);

        List<FakeLlm.Call> after = FakeLlm.callsBesidesLabels().subList(before, FakeLlm.callsBesidesLabels().size());
        assertThat(after).hasSize(1);
        assertThat(after.get(0).user()).contains("<condensed_messages count=\"400\">", "Roll back the deploy.");
        assertThat((String) db.value("select markdown from postmortem_version"))
                .contains(NarrativeSection.AI_MARK, "From the condensed channel.");
    }

    @Test
    void aFailingCondensationLeavesPromptsAndSaysWhy() {
        TestTranscript.fill(400);
        FakeLlm.answer(call -> call.user().contains("<messages part=\"2 of") ? FakeLlm.Reply.status(500)
                : FakeLlm.digestOfWhatWasGiven(call));

        inIncidentChannel("resolve").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("postmortem_version") == 1);

        assertThat(FakeLlm.callsBesidesLabels().stream().filter(c -> c.system().contains("postmortem"))).isEmpty();
        assertThat((String) db.value("select markdown from postmortem_version"))
                .doesNotContain(NarrativeSection.AI_MARK);
        assertThat((String) db.value("select note from postmortem_version"))
                .contains("The language model could not draft the written sections (the model endpoint answered HTTP"
                        + " 500)");
    }

    /** The postmortem request gets a summary citing the condensed points' messages; map and merge get drafts. */
    private static FakeLlm.Reply narrativeOrDraft(FakeLlm.Call call) {
        if (!call.system().contains("postmortem")) {
            return FakeLlm.digestOfWhatWasGiven(call);
        }
        TreeSet<Integer> cited = citedIn(call.user());
        int offset = FakeLlm.numbersIn(call.user()).size();
        return FakeLlm.Reply.content("{\"summary\":[{\"text\":\"From the condensed channel.\",\"sources\":["
                + cited.first() + "," + cited.last() + "]},{\"text\":\"Cites a message no point cited.\","
                + "\"sources\":[" + (offset + 150) + "]}],\"impact\":[]}");
    }

    private static FakeLlm.Call narrativeCall(List<FakeLlm.Call> calls) {
        List<FakeLlm.Call> narratives = calls.stream().filter(c -> c.system().contains("postmortem")).toList();
        assertThat(narratives).hasSize(1);
        return narratives.get(0);
    }

    /** The message numbers the condensed points cite. */
    private static TreeSet<Integer> citedIn(String user) {
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher m = CITED.matcher(user);
        while (m.find()) {
            Arrays.stream(m.group(1).split(",\\s*")).map(Integer::parseInt).forEach(numbers::add);
        }
        return numbers;
    }

    /** When message {@code number} of {@link TestTranscript#fill} was written, as the draft labels it. */
    private static String timeOf(int number) {
        return CatchUpSources.CLOCK.format(Instant.ofEpochSecond(1_700_000_000L + number)) + " UTC";
    }
}
