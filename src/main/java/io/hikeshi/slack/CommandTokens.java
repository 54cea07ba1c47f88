package io.hikeshi.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits slash command text into words. A word starting with a quote (straight or curly) runs to the matching
 * closing quote, so {@code "a --sev title"} is one word; an apostrophe inside a word ({@code can't}) is just text.
 */
final class CommandTokens {

    private static final Map<Character, Character> CLOSING = Map.of(
            '"', '"', '\'', '\'', '“', '”', '‘', '’', '„', '“');

    /**
     * One word of the command. {@code raw} is the word as Slack sent it, where a real mention is {@code <@U…>} and
     * anything a person typed with angle brackets is escaped; {@code text} is unescaped. Quoted words are never
     * read as flags.
     */
    record Token(String text, boolean quoted, String raw) {

        Token(String raw, boolean quoted) {
            this(Mrkdwn.unescape(raw), quoted, raw);
        }

        boolean isFlag() {
            return !quoted && text.startsWith("--");
        }
    }

    /** The text could not be split; the message says where. */
    static class UnbalancedQuoteException extends Exception {
        UnbalancedQuoteException(String message) {
            super(message);
        }
    }

    private CommandTokens() {
    }

    static List<Token> split(String text) throws UnbalancedQuoteException {
        List<Token> tokens = new ArrayList<>();
        String input = text == null ? "" : text.strip();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (CLOSING.containsKey(c)) {
                int end = closingQuote(input, i + 1, c);
                if (end < 0) {
                    throw new UnbalancedQuoteException("The quote " + c + " before `"
                            + Mrkdwn.truncate(input.substring(i + 1), 30) + "` is never closed.");
                }
                tokens.add(new Token(input.substring(i + 1, end), true));
                i = end + 1;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(input.substring(i, end), false));
                i = end;
            }
        }
        return tokens;
    }

    private static int closingQuote(String input, int from, char opening) {
        char closing = CLOSING.get(opening);
        for (int j = from; j < input.length(); j++) {
            char c = input.charAt(j);
            // Phones type curly quotes; accept a straight closing quote for a curly opening one and vice versa.
            if (c == closing || (c == '"' && opening == '“') || (c == '”' && opening == '"')) {
                return j;
            }
        }
        return -1;
    }
}
