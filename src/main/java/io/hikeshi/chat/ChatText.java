package io.hikeshi.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Text the bot writes to chat, as segments. Words (from people, models, files or the bot itself) are always data:
 * every renderer shows them as typed, so they can never mention, broadcast, link or format. Mentions, channel links
 * and emphasis exist only as segments the code adds from values it resolved itself (a user id from a role, a
 * configured group), never by reading markup out of a string. Hidden characters ({@link HiddenCharacters}) are
 * dropped from words when the text is built.
 */
public final class ChatText {

    private static final ChatText EMPTY = new ChatText(List.of());

    private final List<Segment> segments;

    private ChatText(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** One piece of chat text. */
    public sealed interface Segment permits Words, Strong, Code, User, Group, Channel, Command {
    }

    /** Text shown exactly as written. */
    public record Words(String text) implements Segment {
        public Words {
            text = HiddenCharacters.strip(text == null ? "" : text);
        }
    }

    /** Text the bot emphasises (bold where the platform can); still shown exactly as written. */
    public record Strong(String text) implements Segment {
        public Strong {
            text = HiddenCharacters.strip(text == null ? "" : text);
        }
    }

    /** Text the bot shows as code, e.g. a command to type; still shown exactly as written. */
    public record Code(String text) implements Segment {
        public Code {
            text = HiddenCharacters.strip(text == null ? "" : text);
        }
    }

    /** A mention of one person, by the user id the bot resolved. */
    public record User(String id) implements Segment {
        public User {
            id = ChatIds.require(ChatIds.USER, id, "user");
        }
    }

    /** A mention of a user group from configuration, which notifies its members. */
    public record Group(String id) implements Segment {
        public Group {
            id = ChatIds.require(ChatIds.GROUP, id, "group");
        }
    }

    /** A link to a channel the bot knows by id. */
    public record Channel(String id) implements Segment {
        public Channel {
            id = ChatIds.require(ChatIds.CHANNEL, id, "channel");
        }
    }

    /** The app's slash command as configured, then {@code words}, as something to type: {@code /incident update …}. */
    public record Command(String words) implements Segment {
        public Command {
            words = HiddenCharacters.strip(words == null ? "" : words);
        }
    }

    /** Nothing. */
    public static ChatText empty() {
        return EMPTY;
    }

    /** Words only: what a person typed, a model answered or the bot says without mentions. */
    public static ChatText of(String words) {
        return builder().words(words).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Segment> segments() {
        return segments;
    }

    /** This text followed by {@code more}. */
    public ChatText then(ChatText more) {
        return builder().add(this).add(more).build();
    }

    /** The text as one plain string: mentions as {@code @U123}, channels as {@code #C123}; not markup anywhere. */
    public String plain() {
        return plain(id -> id);
    }

    /** The text as one plain string, with people as {@code @} and the name {@code userName} gives. */
    public String plain(UnaryOperator<String> userName) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof User u) {
                out.append('@').append(userName.apply(u.id()));
            } else if (segment instanceof Group g) {
                out.append('@').append(g.id());
            } else if (segment instanceof Channel c) {
                out.append('#').append(c.id());
            } else if (segment instanceof Command c) {
                out.append("/incident").append(c.words().isEmpty() ? "" : " " + c.words());
            } else {
                out.append(wordsOf(segment));
            }
        }
        return out.toString();
    }

    /** At most {@code max} characters of words (a mention counts as 12), cut with "…"; mentions are never cut. */
    public ChatText truncate(int max) {
        if (segments.stream().mapToInt(ChatText::length).sum() <= max) {
            return this;
        }
        int room = max - 1;
        Builder cut = builder();
        for (Segment segment : segments) {
            int length = length(segment);
            if (length > room) {
                String words = wordsOf(segment);
                String start = words == null || room < 1 ? ""
                        : words.substring(0, Character.isHighSurrogate(words.charAt(room - 1)) ? room - 1 : room);
                if (!start.isEmpty()) {
                    cut.add(segment instanceof Strong ? new Strong(start)
                            : segment instanceof Code ? new Code(start) : new Words(start));
                }
                break;
            }
            cut.add(segment);
            room -= length;
        }
        return cut.words("…").build();
    }

    /** The words of a words, strong or code segment; null for mentions. */
    private static String wordsOf(Segment segment) {
        if (segment instanceof Words w) {
            return w.text();
        } else if (segment instanceof Code c) {
            return c.text();
        }
        return segment instanceof Strong s ? s.text() : null;
    }

    private static int length(Segment segment) {
        String words = wordsOf(segment);
        return words == null ? 12 : words.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChatText text && text.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return "ChatText" + segments;
    }

    /** Builds chat text from words and the mentions the code resolved. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        private Builder() {
        }

        public Builder words(String text) {
            if (text != null && !text.isEmpty()) {
                segments.add(new Words(text));
            }
            return this;
        }

        public Builder strong(String text) {
            if (text != null && !text.isEmpty()) {
                segments.add(new Strong(text));
            }
            return this;
        }

        public Builder code(String text) {
            if (text != null && !text.isEmpty()) {
                segments.add(new Code(text));
            }
            return this;
        }

        public Builder user(String userId) {
            segments.add(new User(userId));
            return this;
        }

        public Builder group(String groupId) {
            segments.add(new Group(groupId));
            return this;
        }

        public Builder channel(String channelId) {
            segments.add(new Channel(channelId));
            return this;
        }

        /** The slash command with {@code words} after it (may be empty), shown as something to type. */
        public Builder command(String words) {
            segments.add(new Command(words));
            return this;
        }

        public Builder add(Segment segment) {
            segments.add(segment);
            return this;
        }

        public Builder add(ChatText text) {
            segments.addAll(text.segments);
            return this;
        }

        public ChatText build() {
            return segments.isEmpty() ? EMPTY : new ChatText(segments);
        }
    }
}
