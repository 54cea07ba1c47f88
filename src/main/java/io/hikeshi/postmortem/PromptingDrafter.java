package io.hikeshi.postmortem;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The drafter without a language model: every written section is a clear prompt for the people who were there.
 * Replaced by any other {@link NarrativeDrafter} bean.
 */
@DefaultBean
@ApplicationScoped
class PromptingDrafter implements NarrativeDrafter {

    @Override
    public Narrative draft(Input input) {
        return Narrative.prompts(Narrative.NO_MODEL);
    }
}
