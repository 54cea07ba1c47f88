package io.hikeshi.catchup;

import io.hikeshi.llm.LlmException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A draft of a whole incident channel, every message read, for drafting from a channel too long to quote: the
 * stored catch-up's when it was made from the same messages, else a new map-reduce one, stored as a catch-up so the
 * next {@code /incident summary} or postmortem reuses it.
 */
@ApplicationScoped
class ChannelCatchUps {

    private static final Logger LOG = Logger.getLogger(ChannelCatchUps.class);

    private final CatchUpStore store;
    private final MapReduceDrafter drafter;
    private final Clock clock;

    ChannelCatchUps(CatchUpStore store, MapReduceDrafter drafter, Clock clock) {
        this.store = store;
        this.drafter = drafter;
        this.clock = clock;
    }

    /** The draft of {@code channel}'s messages; its points cite message numbers of {@code channel}. */
    CatchUpDraft of(CatchUpInput channel) throws LlmException {
        long incidentId = channel.facts().incidentId();
        // Resolving adds a timeline entry, so a catch-up made just before it no longer matches the whole
        // fingerprint; its draft of the messages is still current, and the narrative gets the timeline itself.
        String messages = CatchUpSources.messagesPart(channel.fingerprint());
        Optional<CatchUpDraft> stored = store.currentForMessages(incidentId, messages)
                .map(s -> draftOf(s.catchUp(), channel.messages())).filter(d -> !d.isEmpty());
        if (stored.isPresent()) {
            return stored.get();
        }
        MapReduceDrafter.Outcome outcome = drafter.draft(channel);
        CatchUp catchUp = CatchUps.aiCatchUp(channel, outcome.draft(), clock.instant());
        try {
            QuarkusTransaction.requiringNew().run(() -> store.save(catchUp, channel.fingerprint(),
                    outcome.modelCalls()));
        } catch (RuntimeException e) {
            // Storing only saves model calls next time; the draft in hand is as good without it.
            LOG.infof("The draft of incident %d's channel was not stored for reuse (%s)", incidentId,
                    e.getClass().getSimpleName());
        }
        return outcome.draft();
    }

    /** A stored catch-up's points read back as a draft, their linked messages as numbers again. */
    static CatchUpDraft draftOf(CatchUp catchUp, List<SourceMessage> messages) {
        Map<String, Integer> numbers = new HashMap<>();
        messages.forEach(m -> numbers.put(m.messageId(), m.number()));
        List<List<CatchUpDraft.Point>> lists = new ArrayList<>();
        for (String heading : CatchUpDraft.HEADINGS) {
            List<CatchUpDraft.Point> points = new ArrayList<>();
            catchUp.sections().stream().filter(s -> s.heading().equals(heading)).flatMap(s -> s.points().stream())
                    .forEach(point -> {
                        List<Integer> cited = point.sources().stream().map(s -> numbers.get(s.messageId()))
                                .filter(Objects::nonNull).distinct().toList();
                        if (!cited.isEmpty()) {
                            points.add(new CatchUpDraft.Point(point.text(), cited));
                        }
                    });
            lists.add(points);
        }
        return CatchUpDraft.of(lists);
    }
}
