package io.hikeshi.incident;

import io.hikeshi.chat.ChatText;
import io.hikeshi.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Changes an incident's severity and tells whoever that concerns. */
@ApplicationScoped
public class SeverityChanger {

    private final Severities severities;
    private final Stakeholders stakeholders;
    private final Timeline timeline;
    private final IncidentEffects effects;

    SeverityChanger(Severities severities, Stakeholders stakeholders, Timeline timeline, IncidentEffects effects) {
        this.severities = severities;
        this.stakeholders = stakeholders;
        this.timeline = timeline;
        this.effects = effects;
    }

    /** Empty when changed; otherwise why not, in words for the person who asked. */
    public Optional<String> change(long number, String typed, String by) {
        Optional<SeverityConfig.Level> level = severities.find(typed);
        if (level.isEmpty()) {
            return Optional.of("There is no severity `" + typed + "`. Choose " + severities.names() + ".");
        }
        // Joins the Slack request's transaction, which records the request's key with the change.
        return QuarkusTransaction.joiningExisting().call(() -> {
            Incident incident = Incident.findById(number);
            String before = incident.severity;
            if (before.equals(level.get().name())) {
                return Optional.of(incident.reference() + " already is " + before + ".");
            }
            incident.severity = level.get().name();
            String direction = severities.rank(incident.severity) < severities.rank(before) ? "raised" : "lowered";
            ChatText text = ChatText.builder().strong("Severity " + direction + " to " + incident.severity)
                    .words(" (was " + before + ") — " + level.get().impact()).build();
            timeline.record(incident.id, Timeline.SEVERITY, by, text.plain());
            effects.say(incident.id, ChatText.builder().add(text).words(" (").user(by).words(")").build());
            effects.sayInAnnouncementThread(incident.id, ChatText.of(incident.reference() + " · ").then(text));
            effects.refreshCard(incident.id);
            stakeholders.notifyIfDue(incident.id, incident.severity, incident.drill);
            return Optional.<String>empty();
        });
    }
}
