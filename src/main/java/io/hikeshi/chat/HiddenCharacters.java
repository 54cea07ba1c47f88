package io.hikeshi.chat;

import java.util.regex.Pattern;

/**
 * Removes characters a reader cannot see but a model reads: zero-width characters, bidirectional overrides and
 * Unicode tag characters, the usual carriers of hidden prompt injection and of text that reads differently than it
 * shows. Stripped from what is sent to a model and from every text the bot writes to chat. Line breaks and tabs stay.
 */
public final class HiddenCharacters {

    private static final Pattern HIDDEN = Pattern.compile(
            "[\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFEFF\\uFFF9-\\uFFFB]"
                    + "|[\\x{E0000}-\\x{E007F}]|[\\p{Cc}&&[^\\n\\t]]");

    private HiddenCharacters() {
    }

    public static String strip(String text) {
        return text == null ? null : HIDDEN.matcher(text).replaceAll("");
    }
}
