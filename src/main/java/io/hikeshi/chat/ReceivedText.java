package io.hikeshi.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the chat platform delivered it (messages, command words): words with the platform's markup for people,
 * channels, broadcasts and links ({@code <@U1|name>}, {@code <#C1|name>}, {@code <!here>}, {@code <!subteam^S1>},
 * {@code <https://x|label>}) and its escapes ({@code &amp;}, {@code &lt;}, {@code &gt;}). The one reader of that
 * markup: features read it as typed {@link Piece}s and decide how each shows, never with a pattern of their own.
 * What the bot writes is {@link ChatText}; received markup never becomes a mention there.
 */
public final class ReceivedText {

    /** One markup element: at most 2,000 characters between the brackets, none of them a bracket. */
    private static final Pattern MARKUP = Pattern.compile("<([^<>]{1,2000})>");
    /** A whole command word that mentions one person, as Slack escapes real users only. */
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    private ReceivedText() {
    }

    /** One piece of received text; {@code raw} is exactly what was received. */
    public sealed interface Piece permits Words, User, Channel, Special, Link {
        String raw();
    }

    /** Words, still escaped as received ({@link #unescape}). */
    public record Words(String raw) implements Piece {
    }

    /** A person: {@code <@id>} or {@code <@id|label>}. The label is null without a bar. */
    public record User(String raw, String id, String label) implements Piece {
    }

    /** A channel: {@code <#id>} or {@code <#id|label>}. */
    public record Channel(String raw, String id, String label) implements Piece {
    }

    /** A broadcast, group or other special: {@code <!here>}, {@code <!subteam^S1|@team>}, {@code <!date^…|…>}. */
    public record Special(String raw, String name, String label) implements Piece {
    }

    /** A link: {@code <url>} or {@code <url|label>}. */
    public record Link(String raw, String url, String label) implements Piece {
    }

    /** The text as pieces, in order; markup that does not fit the grammar stays words. */
    public static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = MARKUP.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Words(text.substring(at, m.start())));
            }
            pieces.add(markup(m.group(), m.group(1)));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Words(text.substring(at)));
        }
        return pieces;
    }

    /**
     * The person a whole word mentions ({@code <@U123>} or {@code <@U123|name>}, surrounding blanks ignored), with
     * the label Slack gave; empty when the word is anything else.
     */
    public static Optional<User> mention(String word) {
        Matcher m = MENTION.matcher(word.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new User(m.group(), m.group(1), m.group(2) == null ? null : m.group(2).substring(1)));
    }

    /** Undoes the platform's escaping of {@code &}, {@code <} and {@code >}. */
    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Piece markup(String raw, String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            return new User(raw, target.substring(1), label);
        } else if (target.startsWith("#")) {
            return new Channel(raw, target.substring(1), label);
        } else if (target.startsWith("!")) {
            return new Special(raw, target.substring(1), label);
        }
        return new Link(raw, target, label);
    }
}
