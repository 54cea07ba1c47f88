package io.hikeshi.incident;

import io.hikeshi.dedup.RequestLedger;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.persistence.Constraints;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Declares incidents. One transaction records the incident, its commander, the first timeline entry, the Slack
 * request that asked for it, and the outbox entry that opens its channel; a repeated request returns the first
 * incident instead of declaring another.
 */
@ApplicationScoped
public class IncidentDeclarer {

    private static final int ATTEMPTS = 3;

    private final Severities severities;
    private final ChannelNames channelNames;
    private final Roles roles;
    private final Timeline timeline;
    private final RequestLedger ledger;
    private final Outbox outbox;
    private final Clock clock;
    private final IncidentMetrics metrics;
    private final Stakeholders stakeholders;

    IncidentDeclarer(Severities severities, ChannelNames channelNames, Roles roles, Timeline timeline,
                     RequestLedger ledger, Outbox outbox, Clock clock, IncidentMetrics metrics,
                     Stakeholders stakeholders) {
        this.metrics = metrics;
        this.stakeholders = stakeholders;
        this.severities = severities;
        this.channelNames = channelNames;
        this.roles = roles;
        this.timeline = timeline;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Declaration declare(DeclareRequest request) throws InvalidDeclarationException {
        Optional<String> problem = TitleRules.problemWith(request.title());
        if (problem.isPresent()) {
            throw new InvalidDeclarationException(problem.get());
        }
        SeverityConfig.Level level = severity(request.severity());
        for (int attempt = 1; ; attempt++) {
            try {
                boolean firstTry = attempt == 1;
                Declaration declaration = QuarkusTransaction.requiringNew().call(() -> earlierDeclaration(
                        request.requestKey()).orElseGet(() -> record(request, level, firstTry)));
                metrics.declared(declaration);
                return declaration;
            } catch (RuntimeException e) {
                // A concurrent copy of this request, or a concurrent incident with the same channel name, won the
                // race for a unique key; look again and try once more.
                if (!Constraints.isUniqueViolation(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private SeverityConfig.Level severity(String typed) throws InvalidDeclarationException {
        if (typed == null || typed.isBlank()) {
            return severities.defaultLevel();
        }
        return severities.find(typed).orElseThrow(() -> new InvalidDeclarationException(
                "There is no severity `" + typed + "`. Choose " + severities.names() + "."));
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
        incident.declaredBy = request.declaredBy();
        incident.declaredInChannel = request.declaredInChannel();
        incident.declaredAt = clock.instant();
        incident.persist();
        // Same-day incidents with the same title are rare: try the plain name first and let the unique key
        // catch a clash, which retries with a look at the names taken.
        incident.channelName = firstTry ? channelNames.preferred(incident) : channelNames.reserve(incident);

        roles.assignFirst(incident.id, Roles.COMMANDER, request.declaredBy());
        timeline.record(incident.id, Timeline.DECLARED, request.declaredBy(),
                (incident.drill ? "Drill declared: " : "Declared: ") + incident.title + " (" + level.name() + ")");
        ledger.record(request.requestKey(), incident.id);
        outbox.enqueue(IncidentTasks.OPEN_CHANNEL, incident.id);
        stakeholders.notifyIfDue(incident);
        return Declaration.of(incident, false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
