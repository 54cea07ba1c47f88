package io.hikeshi.postmortem;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.Durations;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRecord;
import io.hikeshi.incident.IncidentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Builds what Slack is told about a postmortem, and where it goes. */
@ApplicationScoped
class PostmortemNotices {

    /** A notice and where to post it; {@code channelId} is null when there is nowhere to post it. */
    record Addressed(String channelId, String threadId, PostmortemNotice notice) {
    }

    /** A file to share in a channel. */
    record Shared(String channelId, PostmortemChat.SharedFile file) {
    }

    private final IncidentCards cards;
    private final IncidentQueries incidents;
    private final PostmortemLinks links;

    PostmortemNotices(IncidentCards cards, IncidentQueries incidents, PostmortemLinks links) {
        this.cards = cards;
        this.incidents = incidents;
        this.links = links;
    }

    /**
     * The notice for a version. In a thread, it goes under the announcement; a transient failure while the
     * announcement is still to come, so the outbox tries again; nowhere when the incident was never announced.
     */
    @Transactional
    Addressed build(long incidentId, int versionNumber, PostmortemNotice.Event event, String by, boolean inThread)
            throws ChatException {
        IncidentRecord stored = incidents.record(incidentId).orElseThrow();
        IncidentCard card = cards.byNumber(incidentId).orElseThrow();
        Postmortem postmortem = Postmortem.ofIncident(incidentId).orElseThrow();
        PostmortemVersion version = PostmortemVersion.of(postmortem.id, versionNumber).orElseThrow();
        PostmortemNotice notice = new PostmortemNotice(event, card.reference(), card.title(), card.severity(),
                card.drill(), versionNumber, links.link(incidentId).orElse(null), links.describe(incidentId), by,
                Durations.format(card.timing().toMitigate()), Durations.format(card.timing().toResolve()),
                card.openActionItems().size(), version.markdown.contains(NarrativeSection.AI_MARK), version.note);
        if (!inThread) {
            return new Addressed(channel(stored.incident()), null, notice);
        }
        if (stored.announcement() == null) {
            if (stored.incident().channelId() == null) {
                throw ChatException.transientFailure("chat.postMessage", "announcement not posted yet", null);
            }
            return new Addressed(null, null, notice);
        }
        return new Addressed(stored.announcement().channelId(), stored.announcement().messageId(), notice);
    }

    @Transactional
    Shared file(long incidentId, int versionNumber) throws ChatException {
        IncidentRef incident = incidents.byNumber(incidentId).orElseThrow();
        Postmortem postmortem = Postmortem.ofIncident(incidentId).orElseThrow();
        PostmortemVersion version = PostmortemVersion.of(postmortem.id, versionNumber).orElseThrow();
        String reference = incident.reference();
        return new Shared(channel(incident), new PostmortemChat.SharedFile(
                reference.toLowerCase() + "-postmortem-v" + versionNumber + ".md",
                "Postmortem draft " + reference + " v" + versionNumber + " — " + incident.title(),
                version.markdown,
                ChatText.of("The postmortem draft as Markdown, to read here. Edit it at " + links.describe(incidentId)
                        + ".")));
    }

    private static String channel(IncidentRef incident) throws ChatException {
        if (incident.channelId() == null) {
            throw ChatException.transientFailure("conversations.create", "incident channel not open yet", null);
        }
        return incident.channelId();
    }
}
