package io.hikeshi.summary;

import io.hikeshi.llm.HiddenCharacters;
import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import io.hikeshi.llm.Redactor;
import io.hikeshi.llm.TokenBudget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Summarises a transcript of any length within the token budget: one request per chunk of messages (map), then
 * the partial digests merged a group at a time, recursively, until one is left (reduce). Every message is read by
 * the model; every answer is parsed and checked against the input before it is used.
 */
@ApplicationScoped
class MapReduceSummarizer {

    /** The digest and what producing it took. */
    record Outcome(Digest digest, int modelCalls, long modelNanos) {
    }

    private final LlmClient llm;

    MapReduceSummarizer(LlmClient llm) {
        this.llm = llm;
    }

    boolean available() {
        return llm.available();
    }

    Outcome summarise(CatchUpInput input) throws LlmException {
        TokenBudget budget = llm.budget();
        Calls calls = new Calls();
        int room = budget.roomForUserMessage(CatchUpPrompts.MAP);
        // Redacted before measuring: what is measured is what is sent.
        String header = safe(CatchUpPrompts.header(input.facts(), budget, room / 4));
        Set<Integer> numbers = input.messages().stream().map(SourceMessage::number).collect(Collectors.toSet());
        int chunkRoom = room - budget.tokens(header) - CatchUpPrompts.framingTokens(budget);
        List<List<String>> chunks;
        Set<String> urls;
        try {
            List<String> lines = input.messages().stream().map(m -> safe(line(m))).toList();
            urls = DigestChecker.urls(header + String.join("\n", lines));
            chunks = Chunker.pack(lines, chunkRoom, budget);
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmException.Kind.ERROR, "the context budget is too small for a catch-up");
        }
        List<Digest> partials = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String prompt = CatchUpPrompts.transcript(header, chunks.get(i), i + 1, chunks.size());
            partials.add(DigestChecker.check(calls.ask(CatchUpPrompts.MAP, prompt), numbers, urls));
        }
        Digest merged = reduce(partials, header, budget, calls, numbers, urls);
        if (merged.isEmpty()) {
            throw new LlmException(LlmException.Kind.GARBAGE, "the model's answer cited none of the messages");
        }
        return new Outcome(merged, calls.count, calls.nanos);
    }

    private Digest reduce(List<Digest> partials, String header, TokenBudget budget, Calls calls, Set<Integer> numbers,
                          Set<String> urls) throws LlmException {
        List<Digest> level = partials.stream().filter(d -> !d.isEmpty()).toList();
        while (level.size() > 1) {
            int room = budget.roomForUserMessage(CatchUpPrompts.MERGE) - budget.tokens(header);
            List<List<Digest>> groups = group(level, room, budget);
            if (groups.size() == level.size()) {
                throw new LlmException(LlmException.Kind.ERROR, "the partial summaries are too long to merge within"
                        + " the context budget");
            }
            List<Digest> next = new ArrayList<>();
            for (List<Digest> group : groups) {
                if (group.size() == 1) {
                    next.add(group.get(0));
                    continue;
                }
                String prompt = CatchUpPrompts.partials(header, group.stream().map(DigestParser::toJson).toList());
                Digest merged = DigestChecker.check(calls.ask(CatchUpPrompts.MERGE, prompt), numbers, urls);
                // A merge that lost every point would lose the parts; keep the parts for the next round instead.
                next.addAll(merged.isEmpty() ? group : List.of(merged));
            }
            if (next.size() >= level.size()) {
                throw new LlmException(LlmException.Kind.GARBAGE, "the model could not merge the partial summaries");
            }
            level = next;
        }
        return level.isEmpty() ? Digest.of(IntStream.range(0, 5).mapToObj(i -> List.<Digest.Point>of()).toList())
                : level.get(0);
    }

    /** Consecutive partials, as many per group as fit the room. */
    private static List<List<Digest>> group(List<Digest> digests, int room, TokenBudget budget) {
        List<List<Digest>> groups = new ArrayList<>();
        List<Digest> current = new ArrayList<>();
        int used = 0;
        for (Digest digest : digests) {
            int cost = budget.tokens(DigestParser.toJson(digest)) + 12;
            if (used + cost > room && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(digest);
            used += cost;
        }
        groups.add(current);
        return groups;
    }

    private static String safe(String text) {
        return Redactor.redact(HiddenCharacters.strip(text));
    }

    static String line(SourceMessage m) {
        String where = m.parent() > 0 ? " (reply to [" + m.parent() + "])" : "";
        return "[" + m.number() + "] " + CatchUpSources.CLOCK.format(m.at()) + where + " " + m.author() + ": "
                + m.text().replace('\n', ' ');
    }

    /** Counts the model calls of one catch-up and the time spent waiting for them. */
    private final class Calls {
        int count;
        long nanos;

        Digest ask(String instructions, String input) throws LlmException {
            count++;
            long start = System.nanoTime();
            LlmClient.Answer answer;
            try {
                answer = llm.ask(instructions, input);
            } catch (LlmException e) {
                nanos += System.nanoTime() - start;
                throw e;
            }
            nanos += answer.modelNanos();
            return DigestParser.parse(answer.text());
        }
    }
}
