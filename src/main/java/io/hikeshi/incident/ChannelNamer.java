package io.hikeshi.incident;

import io.hikeshi.chat.HiddenCharacters;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns a title into a valid Slack channel name: {@code inc-<yyyymmdd>-<slug>} ({@code drill-} for drills).
 * Slack allows lower-case letters, digits, hyphens and underscores, at most 80 characters.
 */
public final class ChannelNamer {

    static final int MAX_LENGTH = 80;
    private static final int SUFFIX_ROOM = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ChannelNamer() {
    }

    /** The preferred name; {@code number} stands in for the slug when the title has no Latin letters or digits. */
    public static String baseName(String title, LocalDate day, boolean drill, long number) {
        String prefix = (drill ? "drill-" : "inc-") + DAY.format(day) + "-";
        String slug = slug(title, MAX_LENGTH - prefix.length() - SUFFIX_ROOM);
        return prefix + (slug.isEmpty() ? "incident-" + number : slug);
    }

    /** The n-th alternative when the base name is taken: base-2, base-3, ... */
    public static String withSuffix(String baseName, int n) {
        String suffix = "-" + n;
        String stem = baseName.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(baseName.substring(0, MAX_LENGTH - suffix.length()))
                : baseName;
        return stem + suffix;
    }

    static String slug(String title, int maxLength) {
        // A zero-width space or a bidi override inside a word must not split it or slip into the name.
        String readable = withoutSlackMarkup(HiddenCharacters.strip(title == null ? "" : title));
        String decomposed = Normalizer.normalize(readable, Normalizer.Form.NFKD);
        String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String hyphenated = ascii.replaceAll("[^a-z0-9]+", "-");
        String trimmed = trimHyphens(hyphenated);
        if (trimmed.length() <= maxLength) {
            return trimmed;
        }
        String cut = trimmed.substring(0, maxLength);
        int lastHyphen = cut.lastIndexOf('-');
        // Prefer cutting at a word boundary unless that would throw away most of the name.
        if (lastHyphen > maxLength / 2) {
            cut = cut.substring(0, lastHyphen);
        }
        return trimHyphens(cut);
    }

    /** Mentions and links keep their label ({@code <@U1|bob>} is "bob"); without a label they are dropped. */
    private static String withoutSlackMarkup(String title) {
        return title.replaceAll("<[^<>|]*\\|([^<>]*)>", "$1").replaceAll("<[^<>]*>", " ");
    }

    private static String trimHyphens(String s) {
        return s.replaceAll("^-+", "").replaceAll("-+$", "");
    }
}
