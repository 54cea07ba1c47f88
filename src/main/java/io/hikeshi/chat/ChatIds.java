package io.hikeshi.chat;

import java.util.regex.Pattern;

/** The shapes of the chat ids a mention or link may carry, so that no segment can smuggle markup. */
final class ChatIds {

    static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,30}");
    static final Pattern GROUP = Pattern.compile("S[A-Z0-9]{2,30}");
    static final Pattern CHANNEL = Pattern.compile("[CGD][A-Z0-9]{2,30}");

    private ChatIds() {
    }

    static String require(Pattern shape, String id, String what) {
        if (id == null || !shape.matcher(id).matches()) {
            throw new IllegalArgumentException("not a " + what + " id: " + (id == null ? "null" : id.length()
                    + " characters"));
        }
        return id;
    }
}
