package io.hikeshi.library;

import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.outbox.NoPayload;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.postmortem.PostmortemLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The outbox work of the library: posting similar past incidents in an incident channel. */
final class SimilarTasks {

    static final OutboxKind<NoPayload> LOOK = OutboxKind.bare(OutboxKinds.SIMILAR_INCIDENTS);

    private SimilarTasks() {
    }

    /**
     * Looks for similar past incidents and posts, as one message, those not posted in the channel before; posts
     * nothing when there are none, so a quiet channel means nothing similar was found.
     */
    @ApplicationScoped
    static class Look implements OutboxTask<NoPayload> {
        private final SimilarIncidents similar;
        private final SimilarPosts posts;
        private final IncidentQueries incidents;
        private final LibraryChat chat;
        private final PostmortemLinks links;

        Look(SimilarIncidents similar, SimilarPosts posts, IncidentQueries incidents, LibraryChat chat,
             PostmortemLinks links) {
            this.similar = similar;
            this.posts = posts;
            this.incidents = incidents;
            this.chat = chat;
            this.links = links;
        }

        @Override
        public OutboxKind<NoPayload> kind() {
            return LOOK;
        }

        @Override
        public Completion perform(NoPayload payload, OutboxMessage message) throws ChatException {
            long incidentId = message.incidentId();
            IncidentRef incident = incidents.byNumber(incidentId).orElse(null);
            if (incident == null || incident.channelId() == null) {
                return Completion.NOTHING;
            }
            Set<String> posted = posts.posted(incidentId);
            List<SimilarIncident> fresh = similar.forIncident(incidentId, false).stream()
                    .filter(s -> !posted.contains(s.key())).toList();
            if (fresh.isEmpty()) {
                return Completion.NOTHING;
            }
            chat.postSimilar(incident.channelId(), new LibraryChat.SimilarPost(incident.reference(), fresh,
                    links.baseUrl().orElse(null)), message.delivery());
            return () -> posts.record(incidentId, fresh.stream().map(SimilarIncident::key).toList());
        }
    }
}
