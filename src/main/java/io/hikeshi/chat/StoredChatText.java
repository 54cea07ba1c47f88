package io.hikeshi.chat;

import java.util.List;

/**
 * Chat text as one string for the database and the outbox. Each segment is written as a kind letter, the length
 * of its content, a colon and the content ({@code w5:hello u6:U0CAROL}, without the spaces): lengths, not
 * delimiters, mark where words end, so nothing inside words can ever read as a mention. Only what
 * {@link #write} wrote is ever read back as segments; any other string is words.
 */
public final class StoredChatText {

    private StoredChatText() {
    }

    public static String write(ChatText text) {
        StringBuilder out = new StringBuilder();
        for (ChatText.Segment segment : text.segments()) {
            String content = content(segment);
            out.append(kind(segment)).append(content.length()).append(':').append(content);
        }
        return out.toString();
    }

    /** The segments {@link #write} wrote; throws IllegalArgumentException for anything else. */
    public static ChatText read(String stored) {
        ChatText.Builder text = ChatText.builder();
        int at = 0;
        while (at < stored.length()) {
            char kind = stored.charAt(at);
            int colon = stored.indexOf(':', at + 1);
            if (colon < 0) {
                throw new IllegalArgumentException("no length at " + at);
            }
            int length = Integer.parseInt(stored.substring(at + 1, colon));
            int end = colon + 1 + length;
            if (length < 0 || end > stored.length()) {
                throw new IllegalArgumentException("segment at " + at + " runs past the end");
            }
            text.add(segment(kind, stored.substring(colon + 1, end)));
            at = end;
        }
        return text.build();
    }

    private static char kind(ChatText.Segment segment) {
        List<Class<?>> kinds = List.of(ChatText.Words.class, ChatText.Strong.class, ChatText.Code.class,
                ChatText.User.class, ChatText.Group.class, ChatText.Channel.class, ChatText.Command.class);
        return "wsougcm".charAt(kinds.indexOf(segment.getClass()));
    }

    private static String content(ChatText.Segment segment) {
        if (segment instanceof ChatText.Words w) {
            return w.text();
        } else if (segment instanceof ChatText.Strong s) {
            return s.text();
        } else if (segment instanceof ChatText.Code c) {
            return c.text();
        } else if (segment instanceof ChatText.User u) {
            return u.id();
        } else if (segment instanceof ChatText.Group g) {
            return g.id();
        } else if (segment instanceof ChatText.Channel c) {
            return c.id();
        } else if (segment instanceof ChatText.Command c) {
            return c.words();
        }
        return "";
    }

    private static ChatText.Segment segment(char kind, String content) {
        return switch (kind) {
            case 'w' -> new ChatText.Words(content);
            case 's' -> new ChatText.Strong(content);
            case 'o' -> new ChatText.Code(content);
            case 'u' -> new ChatText.User(content);
            case 'g' -> new ChatText.Group(content);
            case 'c' -> new ChatText.Channel(content);
            case 'm' -> new ChatText.Command(content);
            default -> throw new IllegalArgumentException("unknown segment kind " + (int) kind);
        };
    }
}
