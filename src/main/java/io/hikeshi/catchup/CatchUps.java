package io.hikeshi.catchup;

import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.llm.LlmException;
import io.hikeshi.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catch-ups on request. A request is an outbox entry ({@link CatchUpTask}) in the incident's catch-up lane, beside its
 * chat side effects, so it survives a restart at any point and never holds them up; the catch-up is reused while
 * nothing new was said. Without an LLM, or when it fails, the automatic catch-up is used.
 */
@ApplicationScoped
public class CatchUps {

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
    record PreparedCatchUp(CatchUp catchUp, String fingerprint, Long storedId, int modelCalls, long modelNanos) {
    }

    private final CatchUpSources sources;
    private final CatchUpStore store;
    private final MapReduceDrafter drafter;
    private final Outbox outbox;
    private final Clock clock;
    private final IncidentAccess access;

    CatchUps(CatchUpSources sources, CatchUpStore store, MapReduceDrafter drafter, Outbox outbox, Clock clock,
             IncidentAccess access) {
        this.access = access;
        this.sources = sources;
        this.store = store;
        this.drafter = drafter;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues the catch-up (with the caller's transaction, if any) and returns at once; it is made and delivered by
     * the outbox. Two people asking at once get one set of model calls: the second finds the first's catch-up stored.
     */
    public void request(Request request) {
        QuarkusTransaction.joiningExisting().run(() -> outbox.enqueueApart(CatchUpTask.LANE, CatchUpTask.KIND,
                request.incidentId(),
                CatchUpTask.Ask.of(request)));
    }

    /** The current catch-up of an incident: the stored one when nothing changed since, else a new one. */
    PreparedCatchUp prepare(long incidentId) {
        CatchUpInput input = sources.load(incidentId);
        var cached = store.current(incidentId, input.fingerprint());
        if (cached.isPresent()) {
            return new PreparedCatchUp(cached.get().catchUp(), input.fingerprint(), cached.get().id(), 0, 0);
        }
        if (input.messages().isEmpty()) {
            return automatic(input, "nobody has written in the channel yet", false);
        }
        if (!drafter.available()) {
            return automatic(input, "no LLM is configured", false);
        }
        if (!access.llmAllowed(incidentId)) {
            return automatic(input, "the LLM is off for private incidents", false);
        }
        try {
            MapReduceDrafter.Outcome outcome = drafter.draft(input);
            return new PreparedCatchUp(aiCatchUp(input, outcome.draft(), clock.instant()), input.fingerprint(), null,
                    outcome.modelCalls(), outcome.modelNanos());
        } catch (LlmException e) {
            return automatic(input, "the AI catch-up failed: " + e.reason(), true);
        }
    }

    private PreparedCatchUp automatic(CatchUpInput input, String notice, boolean offerRetry) {
        return new PreparedCatchUp(AutomaticCatchUp.of(input, notice, offerRetry, clock.instant()),
                input.fingerprint(), null, 0, 0);
    }

    /** The catch-up showing {@code draft}: its points linked to their messages, then the roles. */
    static CatchUp aiCatchUp(CatchUpInput input, CatchUpDraft draft, Instant generatedAt) {
        Map<Integer, SourceMessage> byNumber = new HashMap<>();
        input.messages().forEach(m -> byNumber.put(m.number(), m));
        List<CatchUp.Section> sections = new ArrayList<>();
        for (int i = 0; i < CatchUpDraft.KEYS.size(); i++) {
            sections.add(new CatchUp.Section(CatchUpDraft.HEADINGS.get(i), draft.lists().get(i).stream()
                    .map(p -> new CatchUp.Point(p.text(), p.sources().stream().map(byNumber::get)
                            .map(SourceMessage::source).toList()))
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
                .map(role -> new CatchUp.Point(CatchUpDraftChecker.clean(role, java.util.Set.of()), List.of()))
                .toList());
    }
}
