package io.hikeshi.catchup;

import java.util.List;

/** The input of one catch-up and the fingerprint that says when a stored one is still current. */
record CatchUpInput(IncidentFacts facts, List<SourceMessage> messages, String fingerprint) {
}
