package io.hikeshi.slack;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words after {@code action}: what needs doing, then optionally its owner as the last word ({@code me} or a
 * mention). Mentions inside the text are kept as words ({@code @name}): only the owner is a person the bot knows.
 */
record ActionArguments(String text, Optional<String> ownerId) {

    /** The arguments could not be read; the message says why. */
    static class InvalidArgumentsException extends Exception {
        InvalidArgumentsException(String message) {
            super(message);
        }
    }

    static ActionArguments parse(List<CommandTokens.Token> words, String callerId) throws InvalidArgumentsException {
        Optional<String> owner = Optional.empty();
        List<CommandTokens.Token> textWords = words;
        if (!words.isEmpty() && meantAsOwner(words.get(words.size() - 1))) {
            CommandTokens.Token last = words.get(words.size() - 1);
            owner = UserMention.parse(last, callerId);
            if (owner.isEmpty()) {
                throw new InvalidArgumentsException(UserMention.problem(last.text()));
            }
            textWords = words.subList(0, words.size() - 1);
        }
        String text = textWords.stream().map(ActionArguments::plain).collect(Collectors.joining(" ")).strip();
        if (text.isEmpty()) {
            throw new InvalidArgumentsException("Say what needs doing: the action item needs some text"
                    + (owner.isPresent() ? " before its owner." : "."));
        }
        return new ActionArguments(text, owner);
    }

    /** Whether the last word names a person: {@code me}, a mention, or an {@code @name} Slack did not link. */
    private static boolean meantAsOwner(CommandTokens.Token word) {
        if (word.quoted()) {
            return false;
        }
        String text = word.text();
        return text.equalsIgnoreCase("me") || text.startsWith("@") || text.startsWith("<@") || text.startsWith("<!");
    }

    /** A mention inside the text stays words: {@code @name} as Slack labelled it, never a mention again. */
    private static String plain(CommandTokens.Token word) {
        return UserMention.readable(word.raw()).orElse(word.text());
    }
}
