package io.hikeshi.llm;

/**
 * How many tokens a request may use, and a conservative estimate of how many a text takes. The estimate counts
 * characters (never fewer tokens than words), so it needs no tokenizer of the model in use.
 *
 * @param contextTokens tokens one request may use, prompt and answer together
 * @param outputTokens  tokens reserved for the answer
 * @param charsPerToken characters per token assumed
 */
public record TokenBudget(int contextTokens, int outputTokens, double charsPerToken) {

    /** Per message of a chat request: role markers and separators. */
    static final int PER_MESSAGE_OVERHEAD = 8;

    public TokenBudget {
        if (outputTokens >= contextTokens) {
            throw new IllegalArgumentException("the answer (" + outputTokens + " tokens) must leave room for a prompt"
                    + " within the context budget (" + contextTokens + " tokens)");
        }
        if (charsPerToken <= 0) {
            throw new IllegalArgumentException("chars per token must be positive");
        }
    }

    /** Estimated tokens of {@code text}. */
    public int tokens(CharSequence text) {
        int chars = text.length();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < chars; i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return Math.max((int) Math.ceil(chars / charsPerToken), words);
    }

    /** Estimated tokens of a request made of a system and a user message. */
    public int requestTokens(String system, String user) {
        return tokens(system) + tokens(user) + 2 * PER_MESSAGE_OVERHEAD;
    }

    /** Tokens left for the user message once the system prompt and the answer are accounted for. */
    public int roomForUserMessage(String system) {
        return contextTokens - outputTokens - tokens(system) - 2 * PER_MESSAGE_OVERHEAD;
    }
}
