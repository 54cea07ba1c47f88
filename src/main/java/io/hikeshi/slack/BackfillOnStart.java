package io.hikeshi.slack;

import io.hikeshi.transcript.TranscriptBackfill;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Messages may have been missed while the app was down: with Slack connected, open incidents are read again. */
@ApplicationScoped
class BackfillOnStart {

    void start(@Observes StartupEvent event, SlackConfig config, TranscriptBackfill backfill) {
        if (config.botToken().isPresent()) {
            backfill.startOpenIncidents();
        }
    }
}
