package io.hikeshi.outbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps this process's claims alive while their calls are in flight, so the lease can be short: a worker that died
 * (kill -9, a lost node) stops renewing, and its entry is taken over a lease later instead of minutes later.
 */
final class ClaimHeartbeat implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClaimHeartbeat.class);

    private final String owner = "replica-" + UUID.randomUUID();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ClaimHeartbeat(OutboxStore store, OutboxConfig config) {
        long every = Math.max(100, config.lease().toMillis() / 3);
        timer.scheduleWithFixedDelay(() -> {
            if (inFlight.isEmpty()) {
                return;
            }
            try {
                store.extend(List.copyOf(inFlight), owner, config.lease());
            } catch (RuntimeException e) {
                // The claims run out if this keeps failing; another worker then takes the entries over.
                LOG.warnf("Could not renew %d outbox claims (%s)", inFlight.size(), e.getClass().getSimpleName());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Who claims entries on behalf of this process. */
    String owner() {
        return owner;
    }

    void started(long id) {
        inFlight.add(id);
    }

    void finished(long id) {
        inFlight.remove(id);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
