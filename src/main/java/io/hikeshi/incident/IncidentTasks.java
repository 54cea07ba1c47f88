package io.hikeshi.incident;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.StoredChatText;
import io.hikeshi.outbox.CommaSeparated;
import io.hikeshi.outbox.NoPayload;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import java.util.List;

/** Kinds of outbox entries that set up and announce an incident, and the payload each carries. */
final class IncidentTasks {

    static final OutboxKind<NoPayload> OPEN_CHANNEL = OutboxKind.bare(OutboxKinds.OPEN_CHANNEL);
    static final OutboxKind<Invite> INVITE = OutboxKind.of(OutboxKinds.INVITE, Invite.class);
    static final OutboxKind<NoPayload> SET_TOPIC = OutboxKind.bare(OutboxKinds.SET_TOPIC);
    static final OutboxKind<NoPayload> POST_CARD = OutboxKind.bare(OutboxKinds.POST_CARD);
    static final OutboxKind<NoPayload> PIN_CARD = OutboxKind.bare(OutboxKinds.PIN_CARD);
    static final OutboxKind<Announce> ANNOUNCE = OutboxKind.of(OutboxKinds.ANNOUNCE, Announce.class);
    static final OutboxKind<Home> PUBLISH_HOME = OutboxKind.of(OutboxKinds.PUBLISH_HOME, Home.class);
    static final OutboxKind<Ephemeral> EPHEMERAL = OutboxKind.of(OutboxKinds.EPHEMERAL, Ephemeral.class);
    static final OutboxKind<NoPayload> UPDATE_CARD = OutboxKind.bare(OutboxKinds.UPDATE_CARD);
    static final OutboxKind<PostText> POST_TEXT = OutboxKind.of(OutboxKinds.POST_TEXT, PostText.class);
    static final OutboxKind<PostThread> POST_THREAD = OutboxKind.of(OutboxKinds.POST_THREAD, PostThread.class);
    static final OutboxKind<Direct> DIRECT = OutboxKind.of(OutboxKinds.DIRECT, Direct.class);
    static final OutboxKind<Notify> NOTIFY = OutboxKind.of(OutboxKinds.NOTIFY_STAKEHOLDERS, Notify.class);
    static final OutboxKind<FetchMessage> FETCH_MESSAGE = OutboxKind.of(OutboxKinds.FETCH_MESSAGE,
            FetchMessage.class);

    private IncidentTasks() {
    }

    /** Who to invite into the channel; stored comma-joined. */
    record Invite(@JsonSerialize(using = CommaSeparated.Writer.class)
                  @JsonDeserialize(using = CommaSeparated.Reader.class) List<String> users) {
    }

    /** Where to announce. */
    record Announce(String channel) {
    }

    /** Whose home tab to publish. */
    record Home(String user) {
    }

    /**
     * A payload with a message: {@code chat} holds it as {@link StoredChatText}. Entries queued before chat text
     * existed kept theirs under {@code text}, with mentions written inside it: that text is shown as words only, so
     * nobody's typing ever turns into one.
     */
    interface CarriesText {
        String chat();

        String text();

        default ChatText message() {
            return chat() != null ? StoredChatText.read(chat()) : ChatText.of(text());
        }
    }

    /** Text for the incident channel, or for {@code channel} when set. */
    record PostText(String chat, String text, String channel) implements CarriesText {
        static PostText of(ChatText text, String channel) {
            return new PostText(StoredChatText.write(text), null, channel);
        }
    }

    /** Text for the announcement thread. */
    record PostThread(String chat, String text) implements CarriesText {
        static PostThread of(ChatText text) {
            return new PostThread(StoredChatText.write(text), null);
        }
    }

    /** A direct message to {@code user}. */
    record Direct(String user, String chat, String text) implements CarriesText {
        static Direct of(String user, ChatText text) {
            return new Direct(user, StoredChatText.write(text), null);
        }
    }

    /** A message only {@code user} sees in {@code channel}. */
    record Ephemeral(String channel, String user, String chat, String text) implements CarriesText {
        static Ephemeral of(String channel, String user, ChatText text) {
            return new Ephemeral(channel, user, StoredChatText.write(text), null);
        }
    }

    /**
     * Stakeholders of severity {@code level} to tell: in {@code channel}, or by mentioning {@code groups} (ids from
     * configuration, stored comma-joined) in the incident channel.
     */
    record Notify(String level, String channel,
                  @JsonSerialize(using = CommaSeparated.Writer.class)
                  @JsonDeserialize(using = CommaSeparated.Reader.class) List<String> groups) {
    }

    /** The message {@code ts} in {@code channel} whose text and link complete timeline entry {@code entry}. */
    record FetchMessage(@JsonFormat(shape = JsonFormat.Shape.STRING) long entry, String channel, String ts) {
    }
}
