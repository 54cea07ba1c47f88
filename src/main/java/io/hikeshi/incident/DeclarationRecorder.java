package io.hikeshi.incident;

import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.Rows;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes one declaration in the caller's transaction: the incident, its commander, the first timeline entry, the
 * Slack request that asked for it, the outbox entry that opens its channel and any stakeholder notices; or, when
 * the request was handled before, returns the incident it declared then.
 */
@ApplicationScoped
class DeclarationRecorder {

    private final ChannelNames channelNames;
    private final Event<IncidentDeclared> declared;
    private final Timeline timeline;
    private final RequestLedger ledger;
    private final Outbox outbox;
    private final Stakeholders stakeholders;
    private final IncidentMembers members;
    private final Rows rows;
    private final Clock clock;

    DeclarationRecorder(ChannelNames channelNames, Event<IncidentDeclared> declared, Timeline timeline, RequestLedger ledger,
                        Outbox outbox, Stakeholders stakeholders, IncidentMembers members, Rows rows, Clock clock) {
        this.channelNames = channelNames;
        this.declared = declared;
        this.timeline = timeline;
        this.ledger = ledger;
        this.outbox = outbox;
        this.stakeholders = stakeholders;
        this.members = members;
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * @param firstTry whether to take the preferred channel name without looking at the names taken (a clash
     *                 fails on the unique key, and the retry looks)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Declaration recordOrRepeat(DeclareRequest request, SeverityConfig.Level level, boolean firstTry) {
        return earlierDeclaration(request.requestKey())
                // One message starts one incident, even from two forms opened by two clicks on it.
                .or(() -> request.declaredFrom() == null ? Optional.empty()
                        : earlierDeclaration(request.declaredFrom().requestKey()))
                .orElseGet(() -> record(request, level, firstTry));
    }

    private Optional<Declaration> earlierDeclaration(String requestKey) {
        return ledger.incidentFor(requestKey).map(id -> Declaration.of(Incident.findById(id), true));
    }

    private Declaration record(DeclareRequest request, SeverityConfig.Level level, boolean firstTry) {
        Incident incident = new Incident();
        incident.title = request.title().strip();
        incident.description = blankToNull(request.description());
        incident.severity = level.name();
        incident.status = IncidentStatus.INVESTIGATING;
        incident.drill = request.drill();
        incident.privateIncident = request.privateIncident();
        incident.declaredBy = request.declaredBy();
        incident.declaredInChannel = request.declaredInChannel();
        incident.declaredAt = clock.instant();
        // An alert's start is when the impact began; a start after the declaration would be a clock skew.
        incident.startedAt = request.impactStartedAt() != null && request.impactStartedAt().isBefore(incident.declaredAt)
                ? request.impactStartedAt() : null;
        // Plain inserts rather than entity persists: Slack waits for this transaction before it gets its ack.
        incident.id = rows.insert("insert into incident (title, description, severity, status, drill, declared_by,"
                        + " declared_in_channel, declared_at, started_at, private_incident)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", incident.title, incident.description,
                incident.severity, incident.status.name(), incident.drill, incident.declaredBy,
                incident.declaredInChannel, incident.declaredAt, incident.startedAt, incident.privateIncident);
        if (incident.privateIncident) {
            members.add(incident.id, incident.declaredBy);
        }
        // Same-day incidents with the same title are rare: try the plain name first and let the unique key
        // catch a clash, which retries with a look at the names taken.
        incident.channelName = firstTry ? channelNames.preferred(incident) : channelNames.reserve(incident);
        rows.execute("update incident set channel_name = ? where id = ?", incident.channelName, incident.id);

        if (request.declaredFrom() != null) {
            recordSource(incident.id, request.declaredFrom());
        }
        declared.fire(new IncidentDeclared(incident.id, request.declaredBy(), request.services(),
                request.declaredFrom()));
        String how = (incident.drill ? "Drill declared" : "Declared") + (incident.privateIncident ? " (private)" : "")
                + (request.trigger() == null ? "" : " by " + request.trigger()) + ": ";
        timeline.record(incident.id, Timeline.DECLARED, request.trigger() == null ? request.declaredBy() : null,
                how + incident.title + " (" + level.name() + ")");
        ledger.record(request.requestKey(), incident.id);
        outbox.enqueue(IncidentTasks.OPEN_CHANNEL, incident.id);
        stakeholders.notifyIfDue(incident.id, incident.severity, incident.drill);
        return Declaration.of(incident, false);
    }

    private void recordSource(long incidentId, DeclaredFrom from) {
        rows.execute("insert into declared_from_message (incident_id, channel_id, message_ts, thread_ts, permalink,"
                + " gone) values (?, ?, ?, ?, ?, false)", incidentId, from.channelId(), from.messageId(),
                from.threadId(), from.permalink());
        ledger.record(from.requestKey(), incidentId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
