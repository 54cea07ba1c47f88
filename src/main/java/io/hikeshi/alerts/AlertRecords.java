package io.hikeshi.alerts;

import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.TriggeringAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The alerts of an incident, as its card, the web UI and the postmortem show them. */
@ApplicationScoped
class AlertRecords implements TriggeringAlerts {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IncidentCard.TriggeringAlert> of(long incidentId) {
        List<IncidentCard.TriggeringAlert> alerts = new ArrayList<>();
        for (AlertGroup group : AlertGroup.<AlertGroup>list("incidentId = ?1 order by id", incidentId)) {
            String source = AlertSource.valueOf(group.source.toUpperCase(Locale.ROOT)).label();
            for (Alert alert : AlertGroups.alerts(group.id)) {
                Map<String, String> labels = new LinkedHashMap<>(AlertMaps.pairs(alert.labels));
                labels.remove("alertname");
                alerts.add(new IncidentCard.TriggeringAlert(source, alert.name, alert.firing, labels, alert.startsAt,
                        alert.endsAt, alert.link));
            }
        }
        return alerts;
    }
}
