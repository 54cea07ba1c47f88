package io.hikeshi.catchup;

import java.util.List;

/** What the incident's own record says, given to the model as context and shown as-is in automatic catch-ups. */
record IncidentFacts(long incidentId, String reference, String title, String channelId, String severity,
                     String status, String latestUpdate, List<String> roles, List<String> timeline) {
}
