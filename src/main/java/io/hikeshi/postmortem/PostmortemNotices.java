package io.hikeshi.postmortem;

import io.hikeshi.chat.ChatException;
import io.hikeshi.chat.ChatText;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.Durations;
import io.hikeshi.incident.Incident;
import io.hikeshi.incident.IncidentCards;
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
    private final PostmortemLinks links;

    PostmortemNotices(IncidentCards cards, PostmortemLinks links) {
        this.cards = cards;
        this.links = links;
    }

    /**
     * The notice for a version. In a thread, it goes under the announcement; a transient failure while the
     * announcement is still to come, so the outbox tries again; nowhere when the incident was never announced.
     */
    @Transactional
    Addressed build(long incidentId, int versionNumber, PostmortemNotice.Event event, String by, boolean inThread)
            throws ChatException {
        Incident incident = Incident.findById(incidentId);
        IncidentCard card = cards.byNumber(incidentId).orElseThrow();
        Postmortem postmortem = Postmortem.ofIncident(incidentId).orElseThrow();
        PostmortemVersion version = PostmortemVersion.of(postmortem.id, versionNumber).orElseThrow();
        PostmortemNotice notice = new PostmortemNotice(event, card.reference(), card.title(), card.severity(),
                card.drill(), versionNumber, links.link(incidentId).orElse(null), links.describe(incidentId), by,
                Durations.format(card.timing().toMitigate()), Durations.format(card.timing().toResolve()),
                card.openActionItems().size(), version.markdown.contains(NarrativeSection.AI_MARK), version.note);
        if (!inThread) {
            return new Addressed(channel(incident), null, notice);
        }
        if (incident.announcementTs == null) {
            if (incident.channelId == null) {
                throw ChatException.transientFailure("chat.postMessage", "announcement not posted yet", null);
            }
            return new Addressed(null, null, notice);
        }
        return new Addressed(incident.announcementChannel, incident.announcementTs, notice);
    }

    @Transactional
    Shared file(long incidentId, int versionNumber) throws ChatException {
        Incident incident = Incident.findById(incidentId);
        Postmortem postmortem = Postmortem.ofIncident(incidentId).orElseThrow();
        PostmortemVersion version = PostmortemVersion.of(postmortem.id, versionNumber).orElseThrow();
        String reference = incident.reference();
        return new Shared(channel(incident), new PostmortemChat.SharedFile(
                reference.toLowerCase() + "-postmortem-v" + versionNumber + ".md",
                "Postmortem draft " + reference + " v" + versionNumber + " — " + incident.title,
                version.markdown,
                ChatText.of("The postmortem draft as Markdown, to read here. Edit it at " + links.describe(incidentId)
                        + ".")));
    }

    private static String channel(Incident incident) throws ChatException {
        if (incident.channelId == null) {
            throw ChatException.transientFailure("conversations.create", "incident channel not open yet", null);
        }
        return incident.channelId;
    }
}
