package io.hikeshi.summary;

import io.hikeshi.llm.LlmClient;
import io.hikeshi.llm.LlmException;
import io.hikeshi.postmortem.Narrative;
import io.hikeshi.postmortem.NarrativeDrafter;
import io.hikeshi.postmortem.NarrativeSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Drafts a postmortem's written sections with the configured language model, from the timeline and the channel's
 * transcript, under the catch-up's rules: input redacted and quoted as data, no tools, answer parsed and checked.
 * Without a model, or when it fails, every section is a prompt for people and the draft says why.
 */
@ApplicationScoped
class PostmortemNarrator implements NarrativeDrafter {

    private static final Logger LOG = Logger.getLogger(PostmortemNarrator.class);
    static final String DRAFTED = "The written sections marked AI draft were drafted by a language model from the"
            + " timeline and the channel; the others are prompts for people.";

    private final LlmClient llm;
    private final CatchUpSources sources;

    PostmortemNarrator(LlmClient llm, CatchUpSources sources) {
        this.llm = llm;
        this.sources = sources;
    }

    @Override
    public Narrative draft(Input input) {
        if (!llm.available()) {
            return Narrative.prompts(Narrative.NO_MODEL);
        }
        try {
            NarrativeSources numbered = NarrativeSources.of(input, sources.load(input.incidentId()), llm.budget(),
                    llm.budget().roomForUserMessage(NarrativePrompts.INSTRUCTIONS));
            Map<NarrativeSection.Section, NarrativeSection> drafted =
                    NarrativeAnswer.read(llm.complete(NarrativePrompts.INSTRUCTIONS, numbered.text()), numbered);
            return new Narrative(drafted, DRAFTED);
        } catch (LlmException e) {
            LOG.infof("No AI draft of the postmortem of incident %d: %s", input.incidentId(), e.reason());
            return Narrative.failed("The language model could not draft the written sections (" + e.reason()
                    + "), so they are prompts for people.");
        }
    }
}
