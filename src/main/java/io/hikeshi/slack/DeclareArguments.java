package io.hikeshi.slack;

import io.hikeshi.labels.InvalidLabelException;
import io.hikeshi.labels.LabelNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words after {@code declare}: a title, {@code --sev N}, {@code --drill}, {@code --service api,auth} (which
 * may be given more than once) and {@code --private}.
 */
record DeclareArguments(String title, Optional<String> severity, boolean drill, List<String> services,
                        boolean privateIncident) {

    DeclareArguments {
        services = List.copyOf(services);
    }

    DeclareArguments(String title, Optional<String> severity, boolean drill) {
        this(title, severity, drill, List.of(), false);
    }

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
        boolean privateIncident = false;
        List<String> services = new ArrayList<>();
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
                case "--private" -> privateIncident = true;
                case "--service", "--services" -> {
                    StringBuilder value = new StringBuilder(inlineValue == null ? "" : inlineValue);
                    // "api, auth" arrives as two words: a value ending in a comma continues in the next word.
                    while ((value.length() == 0 || value.charAt(value.length() - 1) == ',') && i + 1 < words.size()
                            && !words.get(i + 1).isFlag()) {
                        value.append(words.get(++i).text());
                    }
                    services.addAll(services(value.toString()));
                }
                default -> throw new InvalidArgumentsException("I don't know the option `" + Mrkdwn.escape(flag, 40) + "`.");
            }
        }
        if (services.size() > LabelNames.MAX_NAMES) {
            throw new InvalidArgumentsException("Name at most " + LabelNames.MAX_NAMES + " services.");
        }
        return new DeclareArguments(String.join(" ", title).strip(), severity, drill,
                services.stream().distinct().toList(), privateIncident);
    }

    private static List<String> services(String value) throws InvalidArgumentsException {
        if (value.isBlank()) {
            throw new InvalidArgumentsException("`--service` needs service names after it, e.g."
                    + " `--service api,auth`.");
        }
        try {
            return LabelNames.parse(value);
        } catch (InvalidLabelException e) {
            throw new InvalidArgumentsException("The services after `--service` could not be read: "
                    + Mrkdwn.escapeControl(e.getMessage()));
        }
    }
}
