package io.hikeshi.postmortem;

import io.hikeshi.chat.ChatText;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentEffects;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbox tasks that draft postmortems and tell Slack about them. */
final class PostmortemTasks {

    static final String DRAFT = "postmortem_draft";
    static final String NOTICE = "postmortem_notice";
    static final String FILE = "postmortem_file";
    static final String VERSION = "version";
    static final String EVENT = "event";
    static final String TARGET = "target";
    static final String CHANNEL = "channel";
    static final String THREAD = "thread";

    private PostmortemTasks() {
    }

    /** Renders a draft (facts, narrative, template) and stores it as the next version. */
    @ApplicationScoped
    static class Draft implements OutboxTask {
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
        public String kind() {
            return DRAFT;
        }

        @Override
        public Completion perform(OutboxMessage message) {
            long incidentId = message.incidentId();
            if (drafts.published(incidentId)) {
                return () -> effects.say(incidentId, ChatText.of("The postmortem is already published, so no new"
                        + " draft was made. It is at " + links.describe(incidentId) + "."));
            }
            DraftRenderer.Draft draft = renderer.render(incidentId, drafts.nextVersion(incidentId),
                    links.describe(incidentId));
            boolean announce = Boolean.parseBoolean(message.payload().get(PostmortemDrafts.ANNOUNCE));
            return () -> drafts.store(incidentId, draft, announce);
        }
    }

    /** Posts a postmortem notice in the incident channel or under the announcement. */
    @ApplicationScoped
    static class Notice implements OutboxTask {
        private final PostmortemChat chat;
        private final PostmortemNotices notices;

        Notice(PostmortemChat chat, PostmortemNotices notices) {
            this.chat = chat;
            this.notices = notices;
        }

        @Override
        public String kind() {
            return NOTICE;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            PostmortemNotices.Addressed notice = notices.build(message.incidentId(),
                    Integer.parseInt(message.require(VERSION)),
                    PostmortemNotice.Event.valueOf(message.require(EVENT)), message.payload().get(PostmortemDrafts.BY),
                    THREAD.equals(message.require(TARGET)));
            if (notice.channelId() != null) {
                chat.postNotice(notice.channelId(), notice.threadId(), notice.notice(),
                        message.delivery());
            }
            return Completion.NOTHING;
        }
    }

    /** Shares the text of a version as a Markdown file in the incident channel. */
    @ApplicationScoped
    static class File implements OutboxTask {
        private final PostmortemChat chat;
        private final PostmortemNotices notices;

        File(PostmortemChat chat, PostmortemNotices notices) {
            this.chat = chat;
            this.notices = notices;
        }

        @Override
        public String kind() {
            return FILE;
        }

        @Override
        public Completion perform(OutboxMessage message) throws ChatException {
            PostmortemNotices.Shared shared = notices.file(message.incidentId(),
                    Integer.parseInt(message.require(VERSION)));
            chat.shareFile(shared.channelId(), shared.file());
            return Completion.NOTHING;
        }
    }
}
