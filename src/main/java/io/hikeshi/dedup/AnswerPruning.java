package io.hikeshi.dedup;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Keeps the record of handled Slack requests small. Slack retries within minutes and the signature check refuses a
 * request older than five minutes, so a day-old key can never be asked about again. Every replica prunes; deleting
 * what another replica deleted already is harmless.
 */
@ApplicationScoped
class AnswerPruning {

    private static final Logger LOG = Logger.getLogger(AnswerPruning.class);
    static final Duration KEPT = Duration.ofDays(1);

    private final RequestLedger ledger;
    private final Clock clock;

    AnswerPruning(RequestLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            int forgotten = ledger.forgetAnswersBefore(clock.instant().minus(KEPT));
            LOG.debugf("Forgot %d handled Slack requests older than %s", forgotten, KEPT);
        } catch (RuntimeException e) {
            // The next run tries again; nothing depends on a key that old.
            LOG.warnf("Could not prune handled Slack requests: %s", e.getClass().getSimpleName());
        }
    }
}
