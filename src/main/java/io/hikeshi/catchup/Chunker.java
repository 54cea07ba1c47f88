package io.hikeshi.catchup;

import io.hikeshi.llm.TokenBudget;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs message lines into chunks that each fit a token budget, in order. A line too long for any chunk is split
 * into numbered parts, each keeping its message number, so nothing is cut off.
 */
final class Chunker {

    private Chunker() {
    }

    static List<List<String>> pack(List<String> lines, int roomTokens, TokenBudget budget) {
        if (roomTokens < 50) {
            throw new IllegalArgumentException("a chunk must have room for at least 50 tokens, not " + roomTokens);
        }
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int used = 0;
        for (String whole : lines) {
            for (String line : split(whole, roomTokens, budget)) {
                int cost = budget.tokens(line) + 1;
                if (used + cost > roomTokens && !current.isEmpty()) {
                    chunks.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                current.add(line);
                used += cost;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** The line itself when it fits; otherwise parts "[12] (part 1 of 3) …" that each fit. */
    static List<String> split(String line, int roomTokens, TokenBudget budget) {
        if (budget.tokens(line) + 1 <= roomTokens) {
            return List.of(line);
        }
        int close = line.indexOf(']');
        String number = close > 0 && line.startsWith("[") ? line.substring(0, close + 1) : "";
        String body = line.substring(number.length());
        // Room for the label, then characters at the budget's rate; at most 2 per token, because the estimate
        // counts every word as a token at least.
        int perPart = Math.max(20, (int) ((roomTokens - 1 - budget.tokens(number + " (part 999 of 999) ") - 2)
                * Math.min(2.0, budget.charsPerToken())) - 8);
        int parts = (body.length() + perPart - 1) / perPart;
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            String piece = body.substring(i * perPart, Math.min(body.length(), (i + 1) * perPart));
            pieces.add(number + " (part " + (i + 1) + " of " + parts + ") " + piece.strip());
        }
        return pieces;
    }
}
