package io.hikeshi.labels;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentQueries;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import io.hikeshi.outbox.Outbox;
import io.hikeshi.outbox.OutboxKind;
import io.hikeshi.outbox.OutboxKinds;
import io.hikeshi.outbox.OutboxMessage;
import io.hikeshi.outbox.OutboxTask;
import io.hikeshi.postmortem.PostmortemDrafted;
import io.hikeshi.postmortem.PostmortemQueries;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Suggests labels when a postmortem is drafted: queued in the draft's transaction (in a lane of its own, as it may
 * wait for the model), made by the model when one is configured and by {@link KeywordRules} otherwise or when the
 * model fails, and stored as suggestions for people to confirm. A private incident is not given to the model unless
 * private incidents may be ({@code hikeshi.private.llm}): the keyword rules suggest its labels.
 */
@ApplicationScoped
class LabelSuggestions implements OutboxTask<LabelSuggestions.Payload> {

    static final OutboxKind<Payload> KIND = OutboxKind.of(OutboxKinds.SUGGEST_LABELS, Payload.class);
    private static final String LANE = "labels";
    private static final int MAX_TIMELINE = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(LabelSuggestions.class);

    /** The postmortem version the suggestion reads. */
    record Payload(@JsonFormat(shape = JsonFormat.Shape.STRING) int version) {
    }

    private final Outbox outbox;
    private final Labels labels;
    private final LabelsConfig config;
    private final IncidentQueries incidents;
    private final Timeline timeline;
    private final PostmortemQueries postmortems;
    private final LlmClient llm;
    private final IncidentAccess access;

    LabelSuggestions(Outbox outbox, Labels labels, LabelsConfig config, IncidentQueries incidents, Timeline timeline,
                     PostmortemQueries postmortems, LlmClient llm, IncidentAccess access) {
        this.outbox = outbox;
        this.labels = labels;
        this.config = config;
        this.incidents = incidents;
        this.timeline = timeline;
        this.postmortems = postmortems;
        this.llm = llm;
        this.access = access;
    }

    void onDrafted(@Observes PostmortemDrafted drafted) {
        outbox.enqueueApart(LANE, KIND, drafted.incidentId(), new Payload(drafted.version()));
    }

    @Override
    public OutboxKind<Payload> kind() {
        return KIND;
    }

    @Override
    public Completion perform(Payload payload, OutboxMessage message) throws ChatException {
        long incidentId = message.incidentId();
        LabelSources sources = sources(incidentId);
        Suggestion suggestion = suggest(incidentId, sources);
        return () -> labels.suggest(incidentId, suggestion);
    }

    /** The model's suggestion when it gives a usable one; the keyword rules' otherwise, saying why. */
    Suggestion suggest(long incidentId, LabelSources sources) {
        List<String> causes = config.causeNames();
        if (!llm.available()) {
            return KeywordRules.suggest(sources, causes);
        }
        if (!access.llmAllowed(incidentId)) {
            Suggestion rules = KeywordRules.suggest(sources, causes);
            return new Suggestion(rules.values(), rules.origin(), "The language model is not used for private"
                    + " incidents. " + rules.reason());
        }
        try {
            return ModelLabels.suggest(llm, sources, causes);
        } catch (LlmException e) {
            LOG.infof("Incident %d: label suggestion by the model failed (%s); keyword rules used instead",
                    incidentId, e.kind());
            Suggestion rules = KeywordRules.suggest(sources, causes);
            return new Suggestion(rules.values(), rules.origin(), "The language model's suggestion could not be"
                    + " used (" + e.reason() + "). " + rules.reason());
        }
    }

    @Transactional
    LabelSources sources(long incidentId) {
        IncidentRef incident = incidents.byNumber(incidentId).orElseThrow();
        List<LabelSources.Source> sources = new ArrayList<>();
        sources.add(new LabelSources.Source("TITLE", "the title", incident.title(), true));
        if (incident.description() != null && !incident.description().isBlank()) {
            sources.add(new LabelSources.Source("DESC", "the description", incident.description(), true));
        }
        List<Timeline.Entry> entries = timeline.of(incidentId);
        int from = Math.max(0, entries.size() - MAX_TIMELINE);
        for (int i = from; i < entries.size(); i++) {
            Timeline.Entry e = entries.get(i);
            sources.add(new LabelSources.Source("T" + (i + 1), "the timeline at " + TIME.format(e.at()),
                    e.text().plain(), false));
        }
        postmortems.markdown(incidentId).ifPresent(markdown -> sources.addAll(LabelSources.sections(markdown)));
        Set<String> known = new LinkedHashSet<>(config.serviceNames());
        known.addAll(labels.knownServices());
        return new LabelSources(sources, List.copyOf(known));
    }
}
