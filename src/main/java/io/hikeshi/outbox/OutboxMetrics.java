package io.hikeshi.outbox;

import io.hikeshi.logging.LoggedFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Outbox backlog and failures for /q/metrics; counted from the table, so every replica reports the same. */
@ApplicationScoped
class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final MeterRegistry registry;
    private final OutboxStore store;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    OutboxMetrics(MeterRegistry registry, OutboxStore store) {
        this.registry = registry;
        this.store = store;
        Gauge.builder("hikeshi.outbox.backlog", pending, AtomicLong::get)
                .description("Slack side effects waiting to be performed")
                .register(registry);
        Gauge.builder("hikeshi.outbox.failed", failed, AtomicLong::get)
                .description("Slack side effects that failed for good and need attention")
                .register(registry);
    }

    void failed(String kind) {
        Counter.builder("hikeshi.outbox.failures").tag("kind", kind)
                .description("Outbox entries marked failed").register(registry).increment();
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            pending.set(store.count(OutboxEntry.State.PENDING));
            failed.set(store.count(OutboxEntry.State.FAILED));
        } catch (RuntimeException e) {
            LOG.debugf("Could not count outbox entries: %s", LoggedFailure.describe(e));
        }
    }
}
