package io.hikeshi.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words after {@code declare}: a title, {@code --sev N} and {@code --drill}. */
record DeclareArguments(String title, Optional<String> severity, boolean drill) {

    /** The arguments could not be read; the message says why. */
    static class InvalidArgumentsException extends Exception {
        InvalidArgumentsException(String message) {
            super(message);
        }
    }

    static DeclareArguments parse(List<CommandTokens.Token> words) throws InvalidArgumentsException {
        List<String> title = new ArrayList<>();
        Optional<String> severity = Optional.empty();
        boolean drill = false;
        for (int i = 0; i < words.size(); i++) {
            CommandTokens.Token word = words.get(i);
            if (!word.isFlag()) {
                title.add(word.text());
                continue;
            }
            String flag = word.text();
            String inlineValue = null;
            int equals = flag.indexOf('=');
            if (equals > 0) {
                inlineValue = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            }
            switch (flag) {
                case "--sev", "--severity" -> {
                    if (severity.isPresent()) {
                        throw new InvalidArgumentsException("`--sev` is given twice; give it once.");
                    }
                    String value = inlineValue != null ? inlineValue
                            : i + 1 < words.size() && !words.get(i + 1).isFlag() ? words.get(++i).text() : null;
                    if (value == null || value.isBlank()) {
                        throw new InvalidArgumentsException("`--sev` needs a level after it, e.g. `--sev 2`.");
                    }
                    severity = Optional.of(value);
                }
                case "--drill" -> drill = true;
                default -> throw new InvalidArgumentsException("I don't know the option `" + Mrkdwn.escape(flag, 40) + "`.");
            }
        }
        return new DeclareArguments(String.join(" ", title).strip(), severity, drill);
    }
}
