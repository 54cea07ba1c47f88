package io.hikeshi.slack;

import io.hikeshi.chat.HiddenCharacters;
import io.hikeshi.chat.ReceivedText;
import io.hikeshi.input.TextField;

/**
 * The declare form filled in from a message: its first line as the title, the message quoted as the description with
 * its link, each within its field's limits, whatever the message holds. Slack markup becomes plain words (people and
 * channels by the label or id they were written with, links as their address), so the text is data to edit.
 */
final class MessagePrefill {

    static final String UNTITLED = "Incident declared from a message";
    private static final String ELLIPSIS = "…";

    private MessagePrefill() {
    }

    static String title(String messageText) {
        String line = readable(messageText).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse(UNTITLED);
        return fit(line.replaceAll("\\s+", " "), TextField.TITLE.maxLength());
    }

    /** The message quoted line by line, then where it came from; the quote is shortened so the link always fits. */
    static String description(String messageText, String permalink) {
        String from = permalink == null ? "\n\n(from a Slack message)" : "\n\nFrom: " + permalink;
        String quote = readable(messageText).strip();
        if (quote.isEmpty()) {
            quote = "(a message without text)";
        }
        String quoted = "> " + quote.replace("\n", "\n> ");
        return fit(quoted, TextField.DESCRIPTION.maxLength() - from.length()) + from;
    }

    /** Plain text: markup read, control characters (a form refuses them) and hidden characters removed. */
    static String readable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (ReceivedText.Piece piece : ReceivedText.pieces(text)) {
            if (piece instanceof ReceivedText.User user) {
                out.append('@').append(user.label() != null ? user.label() : user.id());
            } else if (piece instanceof ReceivedText.Channel channel) {
                out.append('#').append(channel.label() != null ? channel.label() : channel.id());
            } else if (piece instanceof ReceivedText.Special special) {
                out.append(special.label() != null ? special.label() : "@" + special.name());
            } else if (piece instanceof ReceivedText.Link link) {
                out.append(link.label() != null ? link.label() + " (" + link.url() + ")" : link.url());
            } else {
                out.append(ReceivedText.unescape(piece.raw()));
            }
        }
        StringBuilder clean = new StringBuilder();
        HiddenCharacters.strip(out.toString()).codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            if (Character.getType(c) != Character.SURROGATE) {
                clean.appendCodePoint(control ? ' ' : c);
            }
        });
        return clean.toString();
    }

    /** At most {@code max} characters, never cutting a character in two. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
