package io.hikeshi.timeline;

import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.StoredChatText;
import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records what happens during an incident; the postmortem is built from it. */
@ApplicationScoped
public class Timeline {

    /** Kinds of entries. */
    public static final String DECLARED = "declared";
    public static final String MESSAGE = "message";
    public static final String ROLE = "role";
    public static final String STATUS = "status";
    public static final String UPDATE = "update";
    public static final String SEVERITY = "severity";
    public static final String NOTE = "note";

    /** The text column holds 4,000 characters; longer text keeps its start (chat_text has room for the segments). */
    private static final int MAX_WORDS = 3990;

    private final Clock clock;
    private final Rows rows;

    Timeline(Clock clock, Rows rows) {
        this.clock = clock;
        this.rows = rows;
    }

    /** Adds an entry of words only, in the caller's transaction, so it lands together with the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long incidentId, String kind, String author, String words) {
        record(incidentId, kind, author, ChatText.of(words));
    }

    /** Adds an entry whose text mentions people the caller resolved, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long incidentId, String kind, String author, ChatText text) {
        record(incidentId, kind, author, text, clock.instant(), null);
    }

    /** Adds an entry for something that happened at {@code at}, e.g. a Slack message, with a link to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(long incidentId, String kind, String author, ChatText text, Instant at, String permalink) {
        ChatText fitting = text.truncate(MAX_WORDS);
        return rows.insert("insert into timeline_entry (incident_id, occurred_at, kind, author, text, chat_text,"
                + " permalink) values (?, ?, ?, ?, ?, ?, ?)", incidentId, at, kind, author,
                fit(fitting.plain()), StoredChatText.write(fitting), permalink);
    }

    /** Fills in an entry recorded before its message could be read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(long entryId, String words, String permalink) {
        TimelineEntry entry = TimelineEntry.findById(entryId);
        ChatText fitting = ChatText.of(words).truncate(MAX_WORDS);
        entry.text = fit(fitting.plain());
        entry.chatText = StoredChatText.write(fitting);
        entry.permalink = permalink;
    }

    private static String fit(String plain) {
        return plain.length() > 4000 ? plain.substring(0, 3999) + "…" : plain;
    }

    /** Adds a note someone typed, in the Slack request's transaction (which records its key) or its own. */
    @Transactional
    public void note(long incidentId, String author, String text) {
        record(incidentId, NOTE, author, text);
    }

    /** The entries of one incident, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(long incidentId) {
        return TimelineEntry.<TimelineEntry>find("incidentId = ?1 order by occurredAt, id", incidentId)
                .stream()
                .map(e -> new Entry(e.occurredAt, e.kind, e.author, text(e), e.permalink))
                .toList();
    }

    /** An entry's text; entries older than chat_text are words only, whatever they contain. */
    private static ChatText text(TimelineEntry entry) {
        return entry.chatText != null ? StoredChatText.read(entry.chatText) : ChatText.of(entry.text);
    }

    /** A timeline entry as other features see it. */
    public record Entry(Instant at, String kind, String author, ChatText text, String permalink) {
    }
}
