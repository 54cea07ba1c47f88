package io.hikeshi.outbox;

import io.hikeshi.logging.LoggedFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Outbox backlog and failures for /q/metrics; counted from the table, so every replica reports the same. */
@ApplicationScoped
class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    /**
     * The outbox at one moment: entries due now and waiting for a worker, waiting for a retry, being performed (claimed
     * by a live worker), failed for good; and how long the oldest unfinished entry has waited.
     */
    record Backlog(long due, long retrying, long inFlight, long failed, Duration oldestPending) {
    }

    private final MeterRegistry registry;
    private final OutboxStore store;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong retrying = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    OutboxMetrics(MeterRegistry registry, OutboxStore store) {
        this.registry = registry;
        this.store = store;
        Gauge.builder("hikeshi.outbox.backlog", pending, AtomicLong::get)
                .description("Slack side effects waiting to be performed").register(registry);
        Gauge.builder("hikeshi.outbox.failed", failed, AtomicLong::get)
                .description("Slack side effects that failed for good and need attention").register(registry);
        entries("due", due);
        entries("retrying", retrying);
        entries("in_flight", inFlight);
        entries("failed", failed);
        Gauge.builder("hikeshi.outbox.oldest.pending", oldestMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest side effect not yet performed")
                .register(registry);
    }

    private void entries(String state, AtomicLong value) {
        Gauge.builder("hikeshi.outbox.entries", value, AtomicLong::get).tag("state", state)
                .description("Outbox entries by state: due (waiting for a worker), retrying (waiting for the next"
                        + " attempt), in_flight (being performed), failed (given up)").register(registry);
    }

    void failed(String kind) {
        Counter.builder("hikeshi.outbox.failures").tag("kind", kind)
                .description("Outbox entries marked failed").register(registry).increment();
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Backlog backlog = store.backlog();
            due.set(backlog.due());
            retrying.set(backlog.retrying());
            inFlight.set(backlog.inFlight());
            failed.set(backlog.failed());
            pending.set(backlog.due() + backlog.retrying() + backlog.inFlight());
            oldestMillis.set(backlog.oldestPending().toMillis());
        } catch (RuntimeException e) {
            LOG.debugf("Could not count outbox entries: %s", LoggedFailure.describe(e));
        }
    }
}
