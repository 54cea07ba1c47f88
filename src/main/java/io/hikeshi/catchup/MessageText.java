package io.hikeshi.catchup;

import io.hikeshi.chat.ReceivedText;
import java.util.function.UnaryOperator;

/**
 * Message text as people read it: the platform's markup for mentions, channels and links ({@link ReceivedText})
 * turned into names and plain URLs, so the model sees no ids it could echo back as mentions. Timeline entries come
 * as {@link io.hikeshi.chat.ChatText#plain(java.util.function.UnaryOperator)}, people already named.
 */
final class MessageText {

    private MessageText() {
    }

    static String readable(String text, UnaryOperator<String> userName) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (ReceivedText.Piece piece : ReceivedText.pieces(text)) {
            out.append(readable(piece, userName));
        }
        return ReceivedText.unescape(out.toString());
    }

    private static String readable(ReceivedText.Piece piece, UnaryOperator<String> userName) {
        if (piece instanceof ReceivedText.User user) {
            return "@" + userName.apply(user.id());
        } else if (piece instanceof ReceivedText.Channel channel) {
            return "#" + (channel.label() != null ? channel.label() : channel.id());
        } else if (piece instanceof ReceivedText.Special special) {
            return special.name().startsWith("subteam^")
                    ? "@" + (special.label() != null ? special.label() : "group") : "@" + special.name();
        } else if (piece instanceof ReceivedText.Link link) {
            return link.label() != null && !link.label().equals(link.url())
                    ? link.label() + " (" + link.url() + ")" : link.url();
        }
        return piece.raw();
    }
}
