package io.hikeshi.summary;

import io.hikeshi.chat.CatchUp;
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
 * A digest of a whole incident channel, every message read, for drafting from a channel too long to quote: the
 * stored catch-up's when it was made from the same messages, else a new map-reduce one, stored as a catch-up so the
 * next {@code /incident summary} or postmortem reuses it.
 */
@ApplicationScoped
class ChannelDigests {

    private static final Logger LOG = Logger.getLogger(ChannelDigests.class);

    private final CatchUpStore store;
    private final MapReduceSummarizer summarizer;
    private final Clock clock;

    ChannelDigests(CatchUpStore store, MapReduceSummarizer summarizer, Clock clock) {
        this.store = store;
        this.summarizer = summarizer;
        this.clock = clock;
    }

    /** The digest of {@code channel}'s messages; its points cite message numbers of {@code channel}. */
    Digest of(CatchUpInput channel) throws LlmException {
        long incidentId = channel.facts().incidentId();
        // Resolving adds a timeline entry, so a catch-up made just before it no longer matches the whole
        // fingerprint; its digest of the messages is still current, and the narrative gets the timeline itself.
        String messages = CatchUpSources.messagesPart(channel.fingerprint());
        Optional<Digest> stored = store.currentForMessages(incidentId, messages)
                .map(s -> digestOf(s.catchUp(), channel.messages())).filter(d -> !d.isEmpty());
        if (stored.isPresent()) {
            return stored.get();
        }
        MapReduceSummarizer.Outcome outcome = summarizer.summarise(channel);
        CatchUp catchUp = CatchUps.aiCatchUp(channel, outcome.digest(), clock.instant());
        try {
            QuarkusTransaction.requiringNew().run(() -> store.save(catchUp, channel.fingerprint(),
                    outcome.modelCalls()));
        } catch (RuntimeException e) {
            // Storing only saves model calls next time; the digest in hand is as good without it.
            LOG.infof("The digest of incident %d's channel was not stored for reuse (%s)", incidentId,
                    e.getClass().getSimpleName());
        }
        return outcome.digest();
    }

    /** A stored catch-up's points read back as a digest, their linked messages as numbers again. */
    static Digest digestOf(CatchUp catchUp, List<SourceMessage> messages) {
        Map<String, Integer> numbers = new HashMap<>();
        messages.forEach(m -> numbers.put(m.messageId(), m.number()));
        List<List<Digest.Point>> lists = new ArrayList<>();
        for (String heading : Digest.HEADINGS) {
            List<Digest.Point> points = new ArrayList<>();
            catchUp.sections().stream().filter(s -> s.heading().equals(heading)).flatMap(s -> s.points().stream())
                    .forEach(point -> {
                        List<Integer> cited = point.sources().stream().map(s -> numbers.get(s.messageId()))
                                .filter(Objects::nonNull).distinct().toList();
                        if (!cited.isEmpty()) {
                            points.add(new Digest.Point(point.text(), cited));
                        }
                    });
            lists.add(points);
        }
        return Digest.of(lists);
    }
}
