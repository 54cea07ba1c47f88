package io.hikeshi.web;

import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.Durations;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formatting for the page templates: {@code {fmt:at(instant)}}, {@code {fmt:duration(d)}}, {@code {fmt:words(s)}}.
 * People and chat text are shown by {@link Names}, which knows people's names.
 */
@TemplateExtension(namespace = "fmt")
final class Fmt {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    static String at(Instant instant) {
        return instant == null ? "—" : AT.format(instant);
    }

    static String duration(Duration duration) {
        return Durations.format(duration);
    }

    /** A link target only when it is a web address; anything else (javascript:, data:) becomes nothing. */
    static String link(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"'<>]+") ? url : "";
    }

    /** Words someone wrote, without the hidden characters chat text drops too; Qute escapes it for HTML. */
    static String words(String words) {
        return words == null ? "" : ChatText.of(words).plain();
    }
}
