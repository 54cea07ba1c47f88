package io.hikeshi.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Reserves a channel name per incident; the table's unique key keeps two incidents from sharing one. */
@ApplicationScoped
class ChannelNames {

    private static final int MAX_SUFFIX = 1000;

    private final IncidentConfig config;

    ChannelNames(IncidentConfig config) {
        this.config = config;
    }

    /** The first name, from the title and the day of declaration, that no other incident has reserved. */
    @Transactional(Transactional.TxType.MANDATORY)
    String reserve(Incident incident) {
        return firstFree(base(incident), 1, incident.id);
    }

    /** The name from the title and day, without checking whether another incident has it. */
    String preferred(Incident incident) {
        return base(incident);
    }

    /** The next free name after the incident's current one, for when Slack says the current one is taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    String next(Incident incident) {
        String base = base(incident);
        String current = incident.channelName;
        int suffix = current.equals(base) ? 1 : Integer.parseInt(current.substring(current.lastIndexOf('-') + 1));
        return firstFree(base, suffix + 1, incident.id);
    }

    private String base(Incident incident) {
        LocalDate day = incident.declaredAt.atZone(config.timeZone()).toLocalDate();
        return ChannelNamer.baseName(incident.title, day, incident.drill, incident.id);
    }

    private String firstFree(String base, int fromSuffix, long incidentId) {
        Set<String> taken = new HashSet<>(Incident.getEntityManager().createQuery(
                        "select channelName from Incident where (channelName = ?1 or channelName like ?2) and id <> ?3",
                        String.class)
                .setParameter(1, base).setParameter(2, base + "-%").setParameter(3, incidentId)
                .getResultList());
        for (int n = fromSuffix; n < MAX_SUFFIX; n++) {
            String candidate = n == 1 ? base : ChannelNamer.withSuffix(base, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free channel name left for " + base);
    }
}
