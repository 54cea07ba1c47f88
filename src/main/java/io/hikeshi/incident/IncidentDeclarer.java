package io.hikeshi.incident;

import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Declares incidents: checks what was asked, then records it durably (incident, commander, timeline, the Slack
 * request, the outbox entry that opens its channel) before returning; a repeated request returns the first
 * incident instead of declaring another.
 */
@ApplicationScoped
public class IncidentDeclarer {

    private final Severities severities;
    private final DeclarationBatcher batcher;
    private final IncidentMetrics metrics;

    IncidentDeclarer(Severities severities, DeclarationBatcher batcher, IncidentMetrics metrics) {
        this.severities = severities;
        this.batcher = batcher;
        this.metrics = metrics;
    }

    public Declaration declare(DeclareRequest request) throws InvalidDeclarationException {
        Optional<String> title = TitleRules.problemWith(request.title());
        if (title.isPresent()) {
            throw new InvalidDeclarationException(InvalidDeclarationException.Field.TITLE, title.get());
        }
        Optional<String> description = TextField.DESCRIPTION.problemWith(request.description());
        if (description.isPresent()) {
            throw new InvalidDeclarationException(InvalidDeclarationException.Field.DESCRIPTION, description.get());
        }
        Declaration declaration = batcher.declare(request, severity(request.severity()));
        metrics.declared(declaration);
        return declaration;
    }

    private SeverityConfig.Level severity(String typed) throws InvalidDeclarationException {
        if (typed == null || typed.isBlank()) {
            return severities.defaultLevel();
        }
        return severities.find(typed).orElseThrow(() -> new InvalidDeclarationException(
                InvalidDeclarationException.Field.SEVERITY,
                "There is no severity `" + typed + "`. Choose " + severities.names() + "."));
    }
}
