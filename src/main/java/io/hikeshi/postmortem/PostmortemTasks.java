package io.hikeshi.postmortem;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbox tasks that draft postmortems and tell Slack about them. */
final class PostmortemTasks {

    static final OutboxKind<DraftPayload> DRAFT = OutboxKind.of(OutboxKinds.POSTMORTEM_DRAFT, DraftPayload.class);
    static final OutboxKind<NoticePayload> NOTICE = OutboxKind.of(OutboxKinds.POSTMORTEM_NOTICE,
            NoticePayload.class);
    static final OutboxKind<FilePayload> FILE = OutboxKind.of(OutboxKinds.POSTMORTEM_FILE, FilePayload.class);

    /** Who asked for a draft, and whether to tell the announcement thread about it too. */
    record DraftPayload(String by, @JsonFormat(shape = JsonFormat.Shape.STRING) boolean announce) {
    }

    /** Where a notice goes. */
    enum Target {
        @JsonProperty("channel") CHANNEL,
        @JsonProperty("thread") THREAD
    }

    /** A notice about {@code version}; {@code by} is who moved it, null for drafts. */
    record NoticePayload(@JsonFormat(shape = JsonFormat.Shape.STRING) int version, PostmortemNotice.Event event,
                         Target target, String by) {
    }

    /** The version to share as a file. */
    record FilePayload(@JsonFormat(shape = JsonFormat.Shape.STRING) int version) {
    }

    private PostmortemTasks() {
    }

    /** Renders a draft (facts, narrative, template) and stores it as the next version. */
    @ApplicationScoped
    static class Draft implements OutboxTask<DraftPayload> {
        private final PostmortemDrafts drafts;
        private final DraftRenderer renderer;
        private final PostmortemLinks links;
        private final IncidentEffects effects;

        Draft(PostmortemDrafts drafts, DraftRenderer renderer, PostmortemLinks links, IncidentEffects effects) {
            this.drafts = drafts;
            this.renderer = renderer;
            this.links = links;
            this.effects = effects;
        }

        @Override
        public OutboxKind<DraftPayload> kind() {
            return DRAFT;
        }

        @Override
        public Completion perform(DraftPayload payload, OutboxMessage message) {
            long incidentId = message.incidentId();
            if (drafts.published(incidentId)) {
                return () -> effects.say(incidentId, ChatText.of("The postmortem is already published, so no new"
                        + " draft was made. It is at " + links.describe(incidentId) + "."));
            }
            DraftRenderer.Draft draft = renderer.render(incidentId, drafts.nextVersion(incidentId),
                    links.describe(incidentId));
            boolean announce = payload.announce();
            return () -> drafts.store(incidentId, draft, announce);
        }
    }

    /** Posts a postmortem notice in the incident channel or under the announcement. */
    @ApplicationScoped
    static class Notice implements OutboxTask<NoticePayload> {
        private final PostmortemChat chat;
        private final PostmortemNotices notices;

        Notice(PostmortemChat chat, PostmortemNotices notices) {
            this.chat = chat;
            this.notices = notices;
        }

        @Override
        public OutboxKind<NoticePayload> kind() {
            return NOTICE;
        }

        @Override
        public Completion perform(NoticePayload payload, OutboxMessage message) throws ChatException {
            PostmortemNotices.Addressed notice = notices.build(message.incidentId(), payload.version(),
                    payload.event(), payload.by(), payload.target() == Target.THREAD);
            if (notice.channelId() != null) {
                chat.postNotice(notice.channelId(), notice.threadId(), notice.notice(),
                        message.delivery());
            }
            return Completion.NOTHING;
        }
    }

    /** Shares the text of a version as a Markdown file in the incident channel. */
    @ApplicationScoped
    static class File implements OutboxTask<FilePayload> {
        private final PostmortemChat chat;
        private final PostmortemNotices notices;

        File(PostmortemChat chat, PostmortemNotices notices) {
            this.chat = chat;
            this.notices = notices;
        }

        @Override
        public OutboxKind<FilePayload> kind() {
            return FILE;
        }

        @Override
        public Completion perform(FilePayload payload, OutboxMessage message) throws ChatException {
            PostmortemNotices.Shared shared = notices.file(message.incidentId(), payload.version());
            chat.shareFile(shared.channelId(), shared.file());
            return Completion.NOTHING;
        }
    }
}
