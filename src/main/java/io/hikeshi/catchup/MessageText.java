package io.hikeshi.catchup;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message text as people read it: Slack's markup for mentions, channels and links turned into names and plain
 * URLs, so the model sees no ids it could echo back as mentions. Timeline entries come as
 * {@link io.hikeshi.chat.ChatText#plain(java.util.function.UnaryOperator)}, people already named.
 */
final class MessageText {

    private static final Pattern MARKUP = Pattern.compile("<([^<>]{1,2000})>");

    private MessageText() {
    }

    static String readable(String text, UnaryOperator<String> userName) {
        if (text == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(readableMarkup(m.group(1), userName)));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String readableMarkup(String inner, UnaryOperator<String> userName) {
        String target = inner.contains("|") ? inner.substring(0, inner.indexOf('|')) : inner;
        String label = inner.contains("|") ? inner.substring(inner.indexOf('|') + 1) : null;
        if (target.startsWith("@")) {
            return "@" + userName.apply(target.substring(1));
        }
        if (target.startsWith("#")) {
            return "#" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            return special.startsWith("subteam^") ? "@" + (label != null ? label : "group") : "@" + special;
        }
        return label != null && !label.equals(target) ? label + " (" + target + ")" : target;
    }
}
