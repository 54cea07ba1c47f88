package io.hikeshi.catchup;

import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import io.hikeshi.llm.TokenBudget;
import io.hikeshi.postmortem.Narrative;
import io.hikeshi.postmortem.NarrativeDrafter;
import io.hikeshi.postmortem.NarrativeSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Drafts a postmortem's written sections with the configured language model, from the timeline and the channel's
 * transcript, under the catch-up's rules: input redacted and quoted as data, no tools, answer parsed and checked.
 * A transcript too long for one request is condensed by the catch-up's map-reduce first, so every message is read.
 * Without a model, or when it fails, every section is a prompt for people and the draft says why.
 */
@ApplicationScoped
class PostmortemNarrator implements NarrativeDrafter {

    private static final Logger LOG = Logger.getLogger(PostmortemNarrator.class);
    static final String DRAFTED = "The written sections marked AI draft were drafted by a language model from the"
            + " timeline and the channel; the others are prompts for people.";
    static final String CONDENSED = "The written sections marked AI draft were drafted by a language model from the"
            + " timeline and a digest of all %d messages of the channel (too many to quote whole); the others are"
            + " prompts for people.";

    static final String PRIVATE = "This is a private incident and the language model is off for private incidents"
            + " (HIKESHI_PRIVATE_LLM), so the written sections are prompts for people.";

    private final LlmClient llm;
    private final IncidentAccess access;
    private final CatchUpSources sources;
    private final ChannelCatchUps channelCatchUps;

    PostmortemNarrator(LlmClient llm, CatchUpSources sources, ChannelCatchUps channelCatchUps,
                       IncidentAccess access) {
        this.llm = llm;
        this.access = access;
        this.sources = sources;
        this.channelCatchUps = channelCatchUps;
    }

    @Override
    public Narrative draft(Input input) {
        if (!llm.available()) {
            return Narrative.prompts(Narrative.NO_MODEL);
        }
        if (!access.llmAllowed(input.incidentId())) {
            return Narrative.prompts(PRIVATE);
        }
        try {
            CatchUpInput channel = sources.load(input.incidentId());
            TokenBudget budget = llm.budget();
            int room = budget.roomForUserMessage(NarrativePrompts.INSTRUCTIONS);
            Optional<NarrativeSources> whole = NarrativeSources.whole(input, channel, budget, room);
            NarrativeSources numbered = whole.isPresent() ? whole.get()
                    : NarrativeSources.condensed(input, channel, channelCatchUps.of(channel), budget, room);
            Map<NarrativeSection.Section, NarrativeSection> drafted =
                    NarrativeAnswer.read(llm.complete(NarrativePrompts.INSTRUCTIONS, numbered.text()), numbered);
            if (drafted.values().stream().allMatch(NarrativeSection::needsWriting)) {
                // Every paragraph failed the checks: say so rather than claim sections were drafted.
                return Narrative.failed("The language model's answer had no paragraph that passed the checks"
                        + " (citing the timeline or the channel, blameless), so the written sections are prompts"
                        + " for people.");
            }
            return new Narrative(drafted, whole.isPresent() ? DRAFTED
                    : CONDENSED.formatted(channel.messages().size()));
        } catch (LlmException e) {
            LOG.infof("No AI draft of the postmortem of incident %d: %s", input.incidentId(), e.reason());
            return Narrative.failed("The language model could not draft the written sections (" + e.reason()
                    + "), so they are prompts for people.");
        }
    }
}
