package io.hikeshi.labels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Service and tag names as people type them ("api, Auth") and as they are stored ("api", "auth"): lower case,
 * letters or digits of any script with {@code . _ -} inside, at most {@value #MAX_LENGTH} characters each and
 * {@value #MAX_NAMES} a label. No name can hold a comma, markup or a mention.
 */
public final class LabelNames {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_NAMES = 10;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?");
    private static final Set<String> NONE = Set.of("none", "-", "nothing");

    private LabelNames() {
    }

    /**
     * The names in {@code text}, separated by commas or spaces, normalised and without repeats; empty for
     * "none" (to clear a label).
     */
    public static List<String> parse(String text) throws InvalidLabelException {
        String all = text == null ? "" : text.strip();
        if (all.isEmpty()) {
            throw new InvalidLabelException("Give at least one name, separated by commas, or `none` to clear it.");
        }
        if (NONE.contains(all.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : all.split("[,、\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.toLowerCase(Locale.ROOT);
            if (name.length() > MAX_LENGTH) {
                throw new InvalidLabelException("A name can be at most " + MAX_LENGTH + " characters; one has "
                        + name.length() + ".");
            }
            if (!NAME.matcher(name).matches()) {
                throw new InvalidLabelException("Names are letters and digits, with `.`, `_` or `-` inside (like"
                        + " `checkout-api`); one has other characters.");
            }
            names.add(name);
        }
        if (names.size() > MAX_NAMES) {
            throw new InvalidLabelException("Give at most " + MAX_NAMES + " names; there are " + names.size() + ".");
        }
        return List.copyOf(names);
    }

    /** The usable names among {@code given} (from a declaration or an alert route), dropping any that are not. */
    static List<String> lenient(List<String> given) {
        List<String> usable = new ArrayList<>();
        for (String each : given) {
            try {
                parse(each).stream().filter(n -> !usable.contains(n)).forEach(usable::add);
            } catch (InvalidLabelException e) {
                // A name that cannot be stored is left out; the declaration itself stands.
            }
        }
        return usable.size() > MAX_NAMES ? List.copyOf(usable.subList(0, MAX_NAMES)) : List.copyOf(usable);
    }
}
