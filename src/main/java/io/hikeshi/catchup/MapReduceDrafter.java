package io.hikeshi.catchup;

import io.hikeshi.llm.LlmCallPool;
import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import io.hikeshi.llm.Redactor;
import io.hikeshi.llm.TokenBudget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts a catch-up of a transcript of any length within the token budget: one request per chunk of messages
 * (map), then the partial drafts merged a group at a time, recursively, until one is left (reduce). The chunks, and
 * the groups of one level, are sent a few at a time ({@link LlmCallPool}) and used in their order. Every message is
 * read by the model; every answer is parsed and checked against the input before it is used.
 */
@ApplicationScoped
class MapReduceDrafter {

    /** The draft and what producing it took. */
    record Outcome(CatchUpDraft draft, int modelCalls, long modelNanos) {
    }

    private final LlmClient llm;
    private final LlmCallPool pool;

    MapReduceDrafter(LlmClient llm, LlmCallPool pool) {
        this.llm = llm;
        this.pool = pool;
    }

    boolean available() {
        return llm.available();
    }

    /** The instructions of the map and merge requests, and the context that heads each request. */
    record Framing(String map, String merge, String context) {
    }

    /** A catch-up of an incident channel: the incident's record heads every request. */
    Outcome draft(CatchUpInput input) throws LlmException {
        TokenBudget budget = llm.budget();
        int room = budget.roomForUserMessage(CatchUpPrompts.MAP);
        return draft(input, new Framing(CatchUpPrompts.MAP, CatchUpPrompts.MERGE,
                CatchUpPrompts.header(input.facts(), budget, room / 4)));
    }

    Outcome draft(CatchUpInput input, Framing framing) throws LlmException {
        TokenBudget budget = llm.budget();
        ModelCalls calls = new ModelCalls(llm);
        int room = budget.roomForUserMessage(framing.map());
        // Redacted before measuring: what is measured is what is sent.
        String header = Redactor.redactVisible(framing.context());
        Set<Integer> numbers = input.messages().stream().map(SourceMessage::number).collect(Collectors.toSet());
        int chunkRoom = room - budget.tokens(header) - CatchUpPrompts.framingTokens(budget);
        List<List<String>> chunks;
        Set<String> urls;
        try {
            List<String> lines = input.messages().stream().map(m -> Redactor.redactVisible(m.line(0))).toList();
            urls = CatchUpDraftChecker.urls(header + String.join("\n", lines));
            chunks = Chunker.pack(lines, chunkRoom, budget);
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmException.Kind.ERROR, "the context budget is too small for a catch-up");
        }
        List<LlmCallPool.Call<CatchUpDraft>> maps = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String prompt = CatchUpPrompts.transcript(header, chunks.get(i), i + 1, chunks.size());
            maps.add(() -> CatchUpDraftChecker.check(calls.ask(framing.map(), prompt), numbers, urls));
        }
        List<CatchUpDraft> partials = pool.all(maps);
        CatchUpDraft merged = reduce(partials, framing.merge(), header, budget, calls, numbers, urls);
        if (merged.isEmpty()) {
            throw new LlmException(LlmException.Kind.GARBAGE, "the model's answer cited none of the messages");
        }
        return new Outcome(merged, calls.count(), calls.nanos());
    }

    private CatchUpDraft reduce(List<CatchUpDraft> partials, String instructions, String header, TokenBudget budget,
                                ModelCalls calls, Set<Integer> numbers, Set<String> urls) throws LlmException {
        List<CatchUpDraft> level = partials.stream().filter(d -> !d.isEmpty()).toList();
        while (level.size() > 1) {
            int room = budget.roomForUserMessage(instructions) - budget.tokens(header);
            List<List<CatchUpDraft>> groups = group(level, room, budget);
            if (groups.size() == level.size()) {
                throw new LlmException(LlmException.Kind.ERROR, "the partial catch-ups are too long to merge within"
                        + " the context budget");
            }
            List<LlmCallPool.Call<List<CatchUpDraft>>> merges = new ArrayList<>();
            for (List<CatchUpDraft> group : groups) {
                merges.add(group.size() == 1 ? () -> group
                        : () -> merge(group, instructions, header, calls, numbers, urls));
            }
            List<CatchUpDraft> next = pool.all(merges).stream().flatMap(List::stream).toList();
            if (next.size() >= level.size()) {
                throw new LlmException(LlmException.Kind.GARBAGE, "the model could not merge the partial catch-ups");
            }
            level = next;
        }
        return level.isEmpty() ? CatchUpDraft.empty() : level.get(0);
    }

    private static List<CatchUpDraft> merge(List<CatchUpDraft> group, String instructions, String header,
                                            ModelCalls calls, Set<Integer> numbers, Set<String> urls)
            throws LlmException {
        String prompt = CatchUpPrompts.partials(header, group.stream().map(CatchUpDraftParser::toJson).toList());
        CatchUpDraft merged = CatchUpDraftChecker.check(calls.ask(instructions, prompt), numbers, urls);
        // A merge that lost every point would lose the parts; keep the parts for the next round instead.
        return merged.isEmpty() ? group : List.of(merged);
    }

    /** Consecutive partials, as many per group as fit the room. */
    private static List<List<CatchUpDraft>> group(List<CatchUpDraft> drafts, int room, TokenBudget budget) {
        List<List<CatchUpDraft>> groups = new ArrayList<>();
        List<CatchUpDraft> current = new ArrayList<>();
        int used = 0;
        for (CatchUpDraft draft : drafts) {
            int cost = budget.tokens(CatchUpDraftParser.toJson(draft)) + 12;
            if (used + cost > room && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(draft);
            used += cost;
        }
        groups.add(current);
        return groups;
    }
}
