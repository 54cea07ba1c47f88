package io.hikeshi.web;

import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.UserNames;
import jakarta.enterprise.context.RequestScoped;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People as the pages show them: chat users by the name people know them by ({@code @Alice}), looked up once per
 * page (the chat adapter caches names too), the id when chat cannot say; web users and the bot by the name stored.
 * Text stored by the bot with machine times in it ("Impact began at 2026-12-01T09:58:00Z") reads as a time.
 */
@RequestScoped
class Names {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z\\b");

    private final UserNames names;

    Names(ChatGateway chat) {
        this.names = new UserNames(chat);
    }

    /** A user id as {@code @name}; any other name (a web user, "hikeshi") as stored; empty for nobody. */
    public String user(String who) {
        if (who == null || who.isBlank()) {
            return "";
        }
        return USER_ID.matcher(who).matches() ? "@" + names.of(who) : who;
    }

    /** Chat text with people as {@code @name} and machine times as times; Qute escapes it for HTML. */
    public String text(ChatText text) {
        return text == null ? "" : readableTimes(text.plain(names::of));
    }

    /** ISO-8601 instants in text as "2026-12-01 09:58 UTC". */
    static String readableTimes(String text) {
        Matcher matcher = ISO_TIME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            try {
                replacement = Fmt.at(OffsetDateTime.parse(matcher.group()).toInstant());
            } catch (DateTimeParseException e) {
                replacement = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }
}
