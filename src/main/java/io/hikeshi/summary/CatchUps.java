package io.hikeshi.summary;

import io.hikeshi.chat.CatchUp;
import io.hikeshi.llm.LlmException;
import io.hikeshi.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Catch-ups on request: made off the request thread (Slack was answered already), reused while nothing new was
 * said, and handed to the outbox for delivery. Without an LLM, or when it fails, the automatic summary is used.
 */
@ApplicationScoped
public class CatchUps {

    private static final Logger LOG = Logger.getLogger(CatchUps.class);

    /** Where a catch-up goes. */
    public enum Audience {
        /** Only the person who asked, in place of the "working on it" answer. */
        PRIVATE,
        /** Everyone in the incident channel. */
        CHANNEL,
        /** The person, as a direct message (the handover brief). */
        DIRECT
    }

    /**
     * @param replyAddress where a private answer goes (Slack's response URL); null for the other audiences
     * @param brief        add the open action items and unticked checklist items (handover)
     */
    public record Request(long incidentId, String userId, Audience audience, String replyAddress, boolean brief) {
    }

    /** A catch-up ready to deliver, with what making it took. {@code storedId} is null when it is not stored yet. */
    record Prepared(CatchUp catchUp, String fingerprint, Long storedId, int modelCalls, long modelNanos) {
    }

    private final CatchUpSources sources;
    private final CatchUpStore store;
    private final MapReduceSummarizer summarizer;
    private final HandoverSections handover;
    private final Outbox outbox;
    private final Clock clock;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> new Thread(r,
            "catch-up-" + threads.incrementAndGet()));
    private final Map<Long, CompletableFuture<Prepared>> inFlight = new ConcurrentHashMap<>();

    CatchUps(CatchUpSources sources, CatchUpStore store, MapReduceSummarizer summarizer, HandoverSections handover,
             Outbox outbox, Clock clock) {
        this.sources = sources;
        this.store = store;
        this.summarizer = summarizer;
        this.handover = handover;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Makes and delivers the catch-up in the background; returns at once. */
    public void request(Request request) {
        // Two people asking at once share one catch-up (and one set of model calls).
        CompletableFuture<Prepared> mine = new CompletableFuture<>();
        CompletableFuture<Prepared> running = inFlight.putIfAbsent(request.incidentId(), mine);
        if (running == null) {
            running = mine;
            workers.execute(() -> {
                try {
                    Prepared prepared = prepare(request.incidentId());
                    inFlight.remove(request.incidentId(), mine);
                    mine.complete(prepared);
                } catch (RuntimeException e) {
                    inFlight.remove(request.incidentId(), mine);
                    mine.completeExceptionally(e);
                }
            });
        }
        running.thenAccept(result -> deliver(request, result)).exceptionally(error -> {
            // The type only, as elsewhere: a database error's message can quote the catch-up's text.
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            LOG.errorf("Could not make a catch-up of incident %d (%s)", request.incidentId(),
                    cause.getClass().getSimpleName());
            return null;
        });
    }

    /** The current catch-up of an incident: the stored one when nothing changed since, else a new one. */
    Prepared prepare(long incidentId) {
        CatchUpInput input = sources.load(incidentId);
        var cached = store.current(incidentId, input.fingerprint());
        if (cached.isPresent()) {
            return new Prepared(cached.get().catchUp(), input.fingerprint(), cached.get().id(), 0, 0);
        }
        if (input.messages().isEmpty()) {
            return automatic(input, "nobody has written in the channel yet", false);
        }
        if (!summarizer.available()) {
            return automatic(input, "no LLM is configured", false);
        }
        try {
            MapReduceSummarizer.Outcome outcome = summarizer.summarise(input);
            return new Prepared(aiCatchUp(input, outcome.digest(), clock.instant()), input.fingerprint(), null,
                    outcome.modelCalls(), outcome.modelNanos());
        } catch (LlmException e) {
            return automatic(input, "the AI summary failed: " + e.reason(), true);
        }
    }

    private Prepared automatic(CatchUpInput input, String notice, boolean offerRetry) {
        return new Prepared(AutomaticSummary.of(input, notice, offerRetry, clock.instant()), input.fingerprint(), null,
                0, 0);
    }

    /** The catch-up showing {@code digest}: its points linked to their messages, then the roles. */
    static CatchUp aiCatchUp(CatchUpInput input, Digest digest, Instant generatedAt) {
        Map<Integer, SourceMessage> byNumber = new HashMap<>();
        input.messages().forEach(m -> byNumber.put(m.number(), m));
        List<CatchUp.Section> sections = new ArrayList<>();
        for (int i = 0; i < Digest.KEYS.size(); i++) {
            sections.add(new CatchUp.Section(Digest.HEADINGS.get(i), digest.lists().get(i).stream()
                    .map(p -> new CatchUp.Point(p.text(), p.sources().stream().map(byNumber::get)
                            .map(m -> new CatchUp.Source(m.messageId(), m.threadId())).toList()))
                    .toList()));
        }
        sections.add(rolesSection(input.facts()));
        IncidentFacts facts = input.facts();
        return new CatchUp(facts.incidentId(), facts.reference(), facts.title(), facts.channelId(), true, null,
                sections, false, input.messages().size(), generatedAt);
    }

    static CatchUp.Section rolesSection(IncidentFacts facts) {
        return new CatchUp.Section("Roles (from the incident record)", (facts.roles().isEmpty()
                ? List.of("Nobody holds a role yet.") : facts.roles()).stream()
                .map(role -> new CatchUp.Point(DigestChecker.clean(role, java.util.Set.of()), List.of())).toList());
    }

    private void deliver(Request request, Prepared prepared) {
        CatchUp catchUp = request.brief()
                ? prepared.catchUp().withSections(handover.sections(request.incidentId(), request.userId()))
                : prepared.catchUp();
        QuarkusTransaction.requiringNew().run(() -> {
            // AI catch-ups are stored under their fingerprint and reused; a brief or an automatic one only for delivery.
            boolean reusable = catchUp.aiGenerated() && !request.brief();
            long id = reusable && prepared.storedId() != null ? prepared.storedId()
                    : store.save(catchUp, reusable ? prepared.fingerprint() : "delivery", prepared.modelCalls());
            Map<String, String> payload = new HashMap<>();
            payload.put(CatchUpDelivery.SUMMARY, String.valueOf(id));
            payload.put(CatchUpDelivery.AUDIENCE, request.audience().name());
            payload.put(CatchUpDelivery.USER, request.userId());
            if (request.replyAddress() != null) {
                payload.put(CatchUpDelivery.ADDRESS, request.replyAddress());
            }
            outbox.enqueue(CatchUpDelivery.KIND, request.incidentId(), payload);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
